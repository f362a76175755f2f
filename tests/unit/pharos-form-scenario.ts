import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FillPlan } from '../../lib/messaging/fill-plan';
import { buildPharosPlan } from '../../lib/pharos/pharos-plan';
import type { EvidenceItem } from '../../lib/reporting/evidence-item';
import { localDateTime } from '../../lib/reporting/local-date-time';
import type { ReportAnswers } from '../../lib/reporting/report-answers';
import { readScenario } from './pharos-form-fixtures';

const scenario = readScenario();

/** A fixed capture instant for tests without a browser: 09:30 in Paris. */
const CAPTURED_AT = '2026-01-15T08:30:00.000Z';

/** The report page's answers of the scenario, and of its alternatives. */
const ANSWERS: Record<string, ReportAnswers> = {
  main: {
    categoryId: 'threats-or-violence',
    visibility: 'public',
    role: 'witness',
    minorInvolved: 'no',
    immediateDanger: false,
    scam: false,
    platform: 'x',
  },
  'victim-minor-unsure': {
    categoryId: 'threats-or-violence',
    visibility: 'public',
    role: 'victim',
    minorInvolved: 'unsure',
    immediateDanger: false,
    scam: false,
    platform: 'x',
  },
};

/** The scenario's capture as the report reads it: the reply of the X fixture. */
function scenarioItem(): EvidenceItem {
  const fixture = path.resolve(`${scenario.capture.fixture}.expected.json`);
  const expected = JSON.parse(readFileSync(fixture, 'utf8')) as {
    url: string;
    posts: Array<{ expected: Record<string, string> }>;
  };
  const post = expected.posts[scenario.capture.post]!.expected;
  return {
    captureId: 'scenario',
    pageUrl: expected.url,
    postUrl: post.permalink!,
    platform: post.platform!,
    siteLabel: scenario.values.platform!,
    authorName: post.authorName!,
    authorHandle: post.authorHandle!,
    text: post.text!,
    published: { kind: 'absolute', at: post.publishedAt! },
    capturedAt: CAPTURED_AT,
    timeZone: scenario.timeZone,
    screenshotSha256: 'b'.repeat(64),
    metadataSha256: 'a'.repeat(64),
  };
}

/** The plan Témoin builds for the scenario, or one of its alternatives, with its identity. */
export function scenarioPlan(alternative = 'main'): FillPlan {
  const identity = scenario.identity;
  return buildPharosPlan({
    answers: ANSWERS[alternative]!,
    items: [scenarioItem()],
    identity: {
      lastName: String(identity['Nom']),
      firstName: String(identity['Prénom']),
      email: String(identity['Adresse électronique']),
      useInForms: identity['Les utiliser pour pré-remplir'] === true,
    },
    locale: 'fr',
  });
}

/** The capture's date and time in Paris, as the observation fields must show them. */
export const SCENARIO_OBSERVED = localDateTime(CAPTURED_AT, scenario.timeZone);
