import {
  chromium,
  expect,
  test,
  type Browser,
  type FrameLocator,
  type Page,
} from '@playwright/test';
import {
  FORM_VARIANTS,
  readFormExpectation,
  type FieldExpectation,
  type FormPage,
} from '../unit/pharos-form-fixtures';
import { CHROMIUM } from './support/extension-test';
import { PHAROS_URL, servePharosReplica } from './support/pharos-replica';

// No extension here: these check the form fixtures themselves, in the browser that runs Témoin.
let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
});
test.afterAll(() => browser.close());

const SAMPLE_TIMES: Record<string, string> = {
  'dd/MM/yyyy': '15/01/2026',
  'yyyy-MM-dd': '2026-01-15',
  'HH:mm': '09:30',
  "yyyy-MM-dd'T'HH:mm": '2026-01-15T09:30',
};

/**
 * Whether a person can reach a control: shown, enabled, editable when typed into, and the
 * pointer, once the control is scrolled to, lands on it or on one of its labels. Opacity alone
 * does not hide: DSFR's real radio inputs are transparent, under their labels.
 */
async function reachable(scope: Page | FrameLocator, field: FieldExpectation): Promise<boolean> {
  const control = scope.locator(field.selector);
  if (!(await control.isVisible()) || !(await control.isEnabled())) return false;
  return control.evaluate((element) => {
    const typedInto =
      element instanceof HTMLTextAreaElement ||
      (element instanceof HTMLInputElement && !['radio', 'checkbox'].includes(element.type));
    if (typedInto && (element as HTMLInputElement).readOnly) return false;
    element.scrollIntoView({ block: 'center', inline: 'center' });
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    const labels = Array.from((element as HTMLInputElement).labels ?? []);
    return Boolean(hit && (element.contains(hit) || labels.some((label) => label.contains(hit))));
  });
}

/** Fills a step as a perfect filler would, so the person can go on to the next one. */
async function fillAsExpected(page: Page, step: FormPage) {
  for (const field of step.fields) {
    const control = page.locator(field.selector);
    const isSelect = await control.evaluate((element) => element instanceof HTMLSelectElement);
    // The click lands on the DSFR label drawn over the transparent input, as a person's does.
    if (field.expect === 'checked') await control.check({ force: true });
    else if (field.expect === 'observation-time') await control.fill(SAMPLE_TIMES[field.format]!);
    else if (field.expect === 'description') await control.fill(field.contains.join('\n'));
    else if (field.expect === 'value' && field.reachable && isSelect) {
      await control.selectOption(field.value);
    } else if (field.expect === 'value' && field.reachable) await control.fill(field.value);
  }
}

for (const variant of FORM_VARIANTS) {
  test(`PHAROS form fixture « ${variant} »: exactly the fields marked reachable can be reached`, async () => {
    const expectation = readFormExpectation(variant);
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    const { submissions } = await servePharosReplica(context, variant);
    const page = await context.newPage();
    await page.goto(PHAROS_URL);
    await expect(page.locator(expectation.banner)).toBeVisible();
    // The banner's last words sit where a panel docked on the right would cover them.
    const bannerEnd = await page.locator(expectation.banner).evaluate((banner) => {
      const range = document.createRange();
      range.selectNodeContents(banner);
      return Math.max(...Array.from(range.getClientRects(), (line) => line.right));
    });
    expect(bannerEnd).toBeGreaterThan(1000);

    let previous: FormPage | null = null;
    for (const [index, step] of expectation.pages.entries()) {
      if (previous?.next) {
        await fillAsExpected(page, previous);
        await page.locator(previous.next).click();
        if (step.file !== previous.file) await page.waitForURL(`**/${step.file}`);
      }
      if (step.step.startsWith('Étape')) {
        await expect(page.locator('.fr-stepper__state')).toContainText(step.step.split(' : ')[0]!);
      }
      const scope = step.frame ? page.frameLocator(step.frame) : page;
      for (const field of step.fields) {
        expect(await reachable(scope, field), `${step.file} ${field.selector}`).toBe(
          field.reachable,
        );
      }
      await page.screenshot({
        path: test.info().outputPath(`step-${index + 1}.png`),
        fullPage: true,
      });
      previous = step;
    }
    expect(submissions).toHaveLength(0);
    await context.close();
  });
}
