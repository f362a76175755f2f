// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
import { COPY_PANEL_TAG, copyPanelRoot } from '../../lib/form-filler/copy-panel';
import { startFormFiller, type FormFiller } from '../../lib/form-filler/run-form-filler';
import { watchForbiddenActions } from '../../lib/form-filler/testing/forbidden-actions';
import { loadPharosPage } from '../../lib/form-filler/testing/load-pharos-page';
import type { PlacedValue } from '../../lib/messaging/fill-plan';
import {
  FORM_VARIANTS,
  readFormExpectation,
  type FieldExpectation,
  type FormVariant,
} from './pharos-form-fixtures';
import {
  judgeField,
  KEY_OF_VALUE,
  panelLineProblem,
  panelLinesDue,
  pagesOnScreen,
  withAlternative,
  type PanelLineSeen,
  type Verdict,
} from './pharos-form-judge';
import { SCENARIO_OBSERVED, scenarioPlan } from './pharos-form-scenario';

const SETTLE_MS = 5;
/** happy-dom loads no frame: an empty block stands in for each. */
const withoutFrames = (html: string) =>
  html.replace(/<iframe[^>]*><\/iframe>/g, '<div data-frame-stand-in></div>');
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS * 12));

/** What only layout hides (size, position, clipping): happy-dom lays nothing out. */
function hiddenByLayoutOnly(control: HTMLInputElement): boolean {
  const byAttributes = control.closest('[hidden], [inert], [aria-hidden="true"]');
  const byStyle = (function styled(node: Element | null): boolean {
    if (!node) return false;
    const style = getComputedStyle(node);
    return style.display === 'none' || style.visibility === 'hidden' || styled(node.parentElement);
  })(control);
  const disabled = control.disabled || control.closest('fieldset[disabled]') !== null;
  return !byAttributes && !byStyle && !disabled && !control.readOnly;
}

function panelLines(): PanelLineSeen[] {
  const root = copyPanelRoot(document.querySelector(COPY_PANEL_TAG)!)!;
  return Array.from(root.querySelectorAll('li')).map((line) => ({
    key: line.dataset.key!,
    state: line.dataset.state!,
    fields: Array.from(line.querySelectorAll('.place'), (place) => place.textContent ?? ''),
    text: line.querySelector('.state')?.textContent ?? '',
  }));
}

function controlState(field: FieldExpectation) {
  const control = document.querySelector<HTMLInputElement>(field.selector)!;
  return { value: control.value, checked: control.checked };
}

const CASES = FORM_VARIANTS.flatMap((variant) => [
  [variant, 'main'] as const,
  ...readFormExpectation(variant).alternatives.map(
    (alternative) => [variant, alternative.name] as const,
  ),
]);

describe.each(CASES)(
  'the form filler on fixture « %s » with the %s answers',
  (variant, answers) => {
    const expectation = withAlternative(readFormExpectation(variant as FormVariant), answers);
    const plan = scenarioPlan(answers);
    let filler: FormFiller | undefined;
    beforeEach(() => sessionStorage.clear());
    afterEach(() => filler?.stop());

    it('fills every field right or leaves it to the panel, says so, and sends nothing', async () => {
      const verdicts: Record<Verdict, string[]> = { right: [], empty: [], wrong: [] };
      const problems: string[] = [];
      let placed: PlacedValue[] = [];
      let actions = watchForbiddenActions(document);
      for (const [index, page] of expectation.pages.entries()) {
        // The filler runs in the form's top frame only: the captcha's frame is Chromium's to check.
        if (page.frame) continue;
        const previous = expectation.pages[index - 1];
        if (previous?.next && previous.file === page.file) {
          actions.asPerson(() => document.querySelector<HTMLElement>(previous.next!)!.click());
        } else {
          filler?.stop();
          actions.stop();
          problems.push(...actions.seen());
          loadPharosPage(document, `${variant}/${page.file}`, withoutFrames);
          for (const field of page.fields) {
            const control = document.querySelector<HTMLInputElement>(field.selector)!;
            if (!field.reachable && hiddenByLayoutOnly(control)) control.hidden = true;
          }
          actions = watchForbiddenActions(document);
          filler = startFormFiller({
            document,
            plan,
            alreadyPlaced: placed,
            onChange: (now) => (placed = now),
            settleMs: SETTLE_MS,
          });
        }
        await settle();
        for (const field of page.fields) {
          const verdict = judgeField(field, controlState(field), SCENARIO_OBSERVED);
          verdicts[verdict].push(`${page.file} ${field.selector}`);
        }
        const lines = panelLines();
        for (const line of panelLinesDue(expectation, expectation.panel, index + 1)) {
          const seen = lines.find((entry) => entry.key === KEY_OF_VALUE[line.value]);
          const problem = panelLineProblem(line, seen, pagesOnScreen(expectation, index + 1));
          if (problem) problems.push(`page ${index + 1}: ${problem}`);
        }
      }
      actions.stop();
      problems.push(...actions.seen());
      const shown = panelLines().map((line) => line.key);
      const due = expectation.panel.map((line) => KEY_OF_VALUE[line.value]);
      expect(verdicts.wrong).toEqual([]);
      expect(verdicts.empty).toEqual([]);
      expect(problems).toEqual([]);
      expect(shown.sort()).toEqual(due.sort());
      expect(sessionStorage.getItem(`pharos-fixture-${variant}-submissions`)).toBeNull();
    });
  },
);
