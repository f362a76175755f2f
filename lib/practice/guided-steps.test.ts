import { reportingMessagesFr } from '../i18n/reporting-messages-fr';
import { REPORT_CATEGORIES } from '../reporting/report-categories';
import { REASONS } from '../reporting/routing-reasons';
import { GUIDED_STEP_IDS, GUIDED_STEPS, lawOfStep } from './guided-steps';

/** Everything Témoin already says about the law: its categories' texts and its reporting words. */
const PRODUCT_TEXTS = [
  ...REPORT_CATEGORIES.flatMap((category) => category.laws.map((law) => law.reference.fr)),
  ...Object.values(reportingMessagesFr).flatMap((message) =>
    typeof message === 'string' ? [message] : Object.values(message),
  ),
  ...Object.values(REASONS).map((reason) => reason.fr),
].join('\n');

const sentences = (text: string) => text.match(/[.!?](?=\s|$)/g)?.length ?? 0;

describe('guided steps', () => {
  it('are the six steps of the walk-through, in order', () => {
    expect(GUIDED_STEPS.map((step) => step.id)).toEqual([...GUIDED_STEP_IDS]);
  });

  it.each(GUIDED_STEPS.map((step) => [step.id, step] as const))(
    '%s: says why in two sentences, in both languages',
    (_id, step) => {
      expect(sentences(step.why.fr)).toBe(2);
      expect(sentences(step.why.en)).toBe(2);
    },
  );

  it.each(GUIDED_STEPS.filter((step) => step.law !== 'category').map((step) => [step.id, step]))(
    '%s: rests on a law Témoin already cites',
    (_id, step) => {
      const law = lawOfStep(step, undefined)!;
      const [code, article] = law.reference.fr.split(', art. ');
      const named =
        code === 'Règlement (UE) 2022/2065 (DSA)'
          ? PRODUCT_TEXTS.includes('2022/2065') && PRODUCT_TEXTS.includes(`art. ${article}`)
          : PRODUCT_TEXTS.includes(`${code!.toLowerCase()}, art. ${article}`) ||
            PRODUCT_TEXTS.includes(law.reference.fr);
      expect(named).toBe(true);
    },
  );

  it('gives the chosen category’s own law for « say what it is », and none without one', () => {
    const classify = GUIDED_STEPS.find((step) => step.id === 'classify')!;
    expect(lawOfStep(classify, 'threats-or-violence')?.reference.fr).toBe(
      'Code pénal, art. 222-17 et 222-18',
    );
    expect(lawOfStep(classify, undefined)).toBeUndefined();
  });
});
