import type { Locale } from '../i18n/translate';
import type { FillPlan, PlannedValue } from '../messaging/fill-plan';
import type { EvidenceItem } from '../reporting/evidence-item';
import { describeEvidence } from '../reporting/evidence-text';
import { localDateTime } from '../reporting/local-date-time';
import type { ReportAnswers } from '../reporting/report-answers';
import { categoryById } from '../reporting/report-categories';
import type { ReporterIdentity } from '../settings/reporter-identity';

/** Platforms people call a social network, a messaging service or a forum, as forms ask. */
const PLACE_OF_PLATFORM: Record<string, string[]> = {
  discord: ['Messagerie', 'Messagerie instantanée', 'Réseau social'],
  telegram: ['Messagerie', 'Messagerie instantanée', 'Réseau social'],
  reddit: ['Réseau social', 'Forum'],
};
const SOCIAL_NETWORK = ['Réseau social', 'Réseaux sociaux'];
const WEBSITE = ['Site internet', 'Site web', 'Site Internet'];

/** How forms word the answers to « un mineur est-il concerné ? », best first. */
const MINOR_ANSWERS: Record<ReportAnswers['minorInvolved'], string[]> = {
  yes: ['Oui'],
  no: ['Non'],
  unsure: ['Je ne sais pas', 'Ne sait pas', 'Ne sais pas', 'Ne se prononce pas', 'Inconnu'],
};

export interface PharosPlanInput {
  /** The category's wordings on the form, best first, and the sub-choice's, if any. */
  categoryLabels: string[];
  subChoiceLabels?: string[];
  isVictim: boolean;
  minorInvolved: ReportAnswers['minorInvolved'];
  items: EvidenceItem[];
  /** The free-text comment, composed from the evidence in French for the French service. */
  description: string;
  /** The address for the form's one URL field: a thread's own, else the first post's. */
  address?: string;
  identity: ReporterIdentity | null;
  locale: Locale;
}

/**
 * The PHAROS plan for a report: the category's wordings, the victim answer, and the evidence.
 * The description is in French whatever the interface language: it is read by French police.
 *
 * Several posts (a thread, a selection) make one report, not one per post: the form has one
 * address field and one free-text comment, and reporting the same situation many times does
 * not help (REPORTING.md). The address field takes the thread's address (or the first post's)
 * and the description lists every post's address, author and times.
 */
export function buildPharosPlan({
  answers,
  items,
  identity,
  locale,
  address,
}: {
  answers: ReportAnswers;
  items: EvidenceItem[];
  identity: ReporterIdentity | null;
  locale: Locale;
  address?: string;
}): FillPlan {
  const category = categoryById(answers.categoryId);
  if (!category) throw new Error(`Unknown category ${answers.categoryId}`);
  const subChoice = category.subChoices.find((choice) => choice.id === answers.subChoiceId);
  return pharosPlanFromWordings({
    categoryLabels: [category.pharosLabel, ...category.pharosLabelVariants],
    ...(subChoice
      ? { subChoiceLabels: [subChoice.pharosLabel, ...subChoice.pharosLabelVariants] }
      : {}),
    // A parent or guardian reports for the child: they are not the victim themselves.
    isVictim: answers.role === 'victim',
    minorInvolved: answers.minorInvolved,
    items,
    description: describeEvidence(items, 'fr'),
    ...(address ? { address } : {}),
    identity,
    locale,
  });
}

/**
 * What to type in PHAROS once the category's wordings are known, from the evidence of the
 * first capture (the others are in the description): the publication date only when the page
 * gave the instant, or a range within one day; the observation date always.
 */
export function pharosPlanFromWordings(input: PharosPlanInput): FillPlan {
  const [first] = input.items;
  const values: PlannedValue[] = [
    choice('category', input.categoryLabels),
    ...(input.subChoiceLabels ? [choice('subCategory', input.subChoiceLabels)] : []),
    choice('isVictim', input.isVictim ? ['Oui'] : ['Non']),
    choice('isMinor', MINOR_ANSWERS[input.minorInvolved], true),
  ];
  if (first) {
    values.push(...publicationValues(first));
    const observed = localDateTime(first.capturedAt, first.timeZone);
    values.push(
      { key: 'observedDate', kind: 'date', value: observed.date },
      { key: 'observedTime', kind: 'time', value: observed.time },
    );
    const places = first.platform ? (PLACE_OF_PLATFORM[first.platform] ?? SOCIAL_NETWORK) : WEBSITE;
    values.push(choice('whereSeen', places, true));
    values.push({ key: 'platformName', kind: 'text', value: first.siteLabel });
    values.push({
      key: 'url',
      kind: 'text',
      value: input.address ?? first.postUrl ?? first.pageUrl,
    });
  }
  values.push({ key: 'description', kind: 'text', value: input.description });
  if (input.identity) {
    const { lastName, firstName, email } = input.identity;
    if (lastName) values.push({ key: 'lastName', kind: 'text', value: lastName });
    if (firstName) values.push({ key: 'firstName', kind: 'text', value: firstName });
    if (email) values.push({ key: 'email', kind: 'text', value: email });
  }
  return { form: 'pharos', locale: input.locale, values };
}

/** A choice among the form's options; `ifAsked` when the form may not ask it at all. */
function choice(key: PlannedValue['key'], choices: string[], ifAsked = false): PlannedValue {
  return { key, kind: 'choice', value: choices[0]!, choices, ...(ifAsked ? { ifAsked } : {}) };
}

function publicationValues(item: EvidenceItem): PlannedValue[] {
  const { published, timeZone } = item;
  if (published.kind === 'absolute') {
    const local = localDateTime(published.at, timeZone);
    return [
      { key: 'publishedDate', kind: 'date', value: local.date },
      { key: 'publishedTime', kind: 'time', value: local.time },
    ];
  }
  if (published.kind === 'range') {
    const earliest = localDateTime(published.earliest, timeZone);
    const latest = localDateTime(published.latest, timeZone);
    if (earliest.date === latest.date) {
      return [{ key: 'publishedDate', kind: 'date', value: earliest.date }];
    }
  }
  return [];
}
