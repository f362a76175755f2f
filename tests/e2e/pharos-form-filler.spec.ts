import type { FrameLocator, Page } from '@playwright/test';
import { localDateTime } from '../../lib/reporting/local-date-time';
import {
  FORM_VARIANTS,
  readFormExpectation,
  readScenario,
  type FormPage,
} from '../unit/pharos-form-fixtures';
import {
  judgeField,
  KEY_OF_VALUE,
  panelLineProblem,
  panelLinesDue,
  pagesOnScreen,
  withAlternative,
  type Verdict,
} from '../unit/pharos-form-judge';
import { expect, test } from './support/extension-test';
import { readFormPanel } from './support/form-panel';
import { servePharosReplica } from './support/pharos-replica';
import {
  answerQuestions,
  captureReply,
  openPharos,
  saveIdentity,
  WITNESS,
  type FlowAnswers,
} from './support/report-flow';

const scenario = readScenario();
const ANSWERS: Record<string, FlowAnswers> = {
  main: WITNESS,
  'victim-minor-unsure': { role: 'La personne visée', minor: 'Je ne sais pas' },
};
/** How long the filler may take to see a step: it waits for the page to be still first. */
const SETTLED = 1200;

/** The controls of a page, and the frame's for the captcha, as a person's browser holds them. */
async function stateOf(scope: Page | FrameLocator, selector: string) {
  return scope.locator(selector).evaluate((control: HTMLInputElement) => ({
    value: control.value,
    checked: control.checked,
  }));
}

/** Whether the panel, docked beside the form, leaves every visible part of the form clear. */
async function coveredByPanel(form: Page, selectors: string[]): Promise<string[]> {
  return form.evaluate((fields) => {
    const panel = document.querySelector('temoin-form-panel')!.getBoundingClientRect();
    return fields.filter((selector) => {
      const element = document.querySelector(selector)!;
      const target = (element as HTMLInputElement).labels?.[0] ?? element;
      const box = target.getBoundingClientRect();
      return box.width > 0 && box.right > panel.left;
    });
  }, selectors);
}

const CASES = FORM_VARIANTS.flatMap((variant) => [
  { variant, answers: 'main' },
  ...readFormExpectation(variant).alternatives.map(({ name }) => ({ variant, answers: name })),
]);

for (const { variant, answers } of CASES) {
  test(`PHAROS fixture « ${variant} », ${answers} answers: every field right or left to the panel, which says so; nothing sent`, async ({
    context,
    extensionId,
    page,
    desktop,
  }) => {
    const expectation = withAlternative(readFormExpectation(variant), answers);
    const { submissions } = await servePharosReplica(context, variant);
    const identity = scenario.identity;
    await saveIdentity(context, extensionId, {
      lastName: String(identity['Nom']),
      firstName: String(identity['Prénom']),
      email: String(identity['Adresse électronique']),
    });
    const { evidence } = await captureReply({ context, extensionId, page, desktop });
    const [capture] = await evidence.captures();
    const observed = localDateTime(capture!.capturedAt, scenario.timeZone);
    const report = await answerQuestions(context, extensionId, capture!.id, ANSWERS[answers]);
    const form = await openPharos(context, report, desktop);
    await form.setViewportSize({ width: 1360, height: 900 });

    const verdicts: Record<Verdict, string[]> = { right: [], empty: [], wrong: [] };
    const problems: string[] = [];
    let previous: FormPage | undefined;
    for (const [index, step] of expectation.pages.entries()) {
      if (previous?.next) {
        await form.locator(previous.next).click();
        if (step.file !== previous.file) await form.waitForURL(`**/${step.file}`);
      }
      await form.waitForTimeout(SETTLED);
      const scope = step.frame ? form.frameLocator(step.frame) : form;
      for (const field of step.fields) {
        const verdict = judgeField(field, await stateOf(scope, field.selector), observed);
        verdicts[verdict].push(`${step.file} ${field.selector}`);
      }
      const lines = await readFormPanel(form);
      for (const line of panelLinesDue(expectation, expectation.panel, index + 1)) {
        const seen = lines.find((entry) => entry.key === KEY_OF_VALUE[line.value]);
        const problem = panelLineProblem(line, seen, pagesOnScreen(expectation, index + 1));
        if (problem) problems.push(`page ${index + 1}: ${problem}`);
      }
      if (!step.frame) {
        const visible = step.fields.filter((field) => field.reachable).map((f) => f.selector);
        expect(await coveredByPanel(form, visible), `covered on page ${index + 1}`).toEqual([]);
      }
      await form.screenshot({ path: test.info().outputPath(`${variant}-${index + 1}.png`) });
      previous = step;
    }

    const shown = (await readFormPanel(form)).map((line) => line.key).sort();
    test.info().annotations.push({
      type: 'fields',
      description: `${verdicts.right.length} right, ${verdicts.empty.length} left to the panel, ${verdicts.wrong.length} wrong`,
    });
    expect(verdicts.wrong).toEqual([]);
    expect(verdicts.empty).toEqual([]);
    expect(problems).toEqual([]);
    expect(shown).toEqual(expectation.panel.map((line) => KEY_OF_VALUE[line.value]).sort());

    // The official banner stays in full view beside the docked panel.
    const bannerClear = await form.evaluate((selector) => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(selector)!);
      const right = Math.max(...Array.from(range.getClientRects(), (line) => line.right));
      return right <= document.querySelector('temoin-form-panel')!.getBoundingClientRect().left;
    }, expectation.banner);
    expect(bannerClear).toBe(true);

    await form.waitForTimeout(1000);
    expect(submissions.map((request) => request.url())).toEqual([]);
    expect(
      await form.evaluate(
        (key) => sessionStorage.getItem(key),
        `pharos-fixture-${variant}-submissions`,
      ),
    ).toBeNull();
  });
}
