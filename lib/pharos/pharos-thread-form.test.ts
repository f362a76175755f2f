// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
import { readThreadEvidence, threadEvidenceItems } from '../evidence/thread-evidence';
import { startFormFiller, type FormFiller } from '../form-filler/run-form-filler';
import { loadPharosPage, PHAROS_PAGES } from '../form-filler/testing/load-pharos-page';
import { pageValues, panelState } from '../form-filler/testing/page-values';
import type { ReportAnswers } from '../reporting/report-answers';
import { SAMPLE_POSTS, sampleThread } from '../thread/testing/sample-thread';
import { buildPharosPlan } from './pharos-plan';

const CHANNEL = 'https://discord.com/channels/111/222';
const ANSWERS: ReportAnswers = {
  categoryId: 'threats-or-violence',
  visibility: 'public',
  role: 'witness',
  minorInvolved: 'no',
  immediateDanger: false,
  scam: false,
  platform: 'discord',
};

async function threadPlan() {
  const { database, threadId } = await sampleThread();
  const evidence = (await readThreadEvidence(database, threadId))!;
  const items = threadEvidenceItems(evidence, 'Europe/Paris');
  return buildPharosPlan({
    answers: ANSWERS,
    items,
    identity: null,
    locale: 'fr',
    address: CHANNEL,
  });
}

describe('PHAROS (fixture A) filled for a three-message Discord thread', () => {
  let filler: FormFiller | undefined;
  beforeEach(() => sessionStorage.clear());
  afterEach(() => filler?.stop());

  it('fills one report: the first message’s times, the thread’s address, every message described', async () => {
    const plan = await threadPlan();
    loadPharosPage(document, PHAROS_PAGES.aStep2);
    filler = startFormFiller({ document, plan, settleMs: 5 });
    expect(
      pageValues(document, {
        '#dateFaits': '',
        '#heureFaits': '',
        '#dateConstat': '',
        '#heureConstat': '',
        '#support-3': true,
        '#url': '',
      }),
    ).toEqual({
      '#dateFaits': '20/11/2026',
      '#heureFaits': '22:40',
      '#dateConstat': '21/11/2026',
      '#heureConstat': '09:05',
      '#support-3': true,
      '#url': CHANNEL,
    });
    const comment = document.querySelector<HTMLTextAreaElement>('#commentaire')!.value;
    expect(comment).toBe(plan.values.find((value) => value.key === 'description')!.value);
    for (const [index, post] of SAMPLE_POSTS.entries()) {
      const entry = comment.split('\n\n')[index + 1]!;
      expect(entry).toContain(`Contenu ${index + 1} sur Discord, publié par ${post.authorHandle}`);
      expect(entry).toContain(`Adresse : ${post.permalink}`);
      expect(entry).toContain('Publié le 20/11/2026');
      expect(entry).toContain('Capturé le 21/11/2026');
    }
    expect(panelState(document, 'description')).toBe('filled');
  });

  it('offers the whole text to copy when the messages do not fit, keeping whole messages', async () => {
    const plan = await threadPlan();
    const description = plan.values.find((value) => value.key === 'description')!;
    const many = Array.from({ length: 12 }, () => description.value).join('\n\n');
    const longPlan = {
      ...plan,
      values: plan.values.map((value) =>
        value === description ? { ...value, value: many } : value,
      ),
    };
    loadPharosPage(document, PHAROS_PAGES.aStep2);
    filler = startFormFiller({ document, plan: longPlan, settleMs: 5 });
    const comment = document.querySelector<HTMLTextAreaElement>('#commentaire')!.value;
    expect(comment.length).toBeLessThanOrEqual(3000);
    expect(many.startsWith(comment)).toBe(true);
    expect(many.slice(comment.length, comment.length + 2)).toBe('\n\n');
    expect(panelState(document, 'description')).toBe('truncated');
  });
});
