import type { Page } from '@playwright/test';
import { expect, test } from './support/extension-test';
import { clickPanelButton } from './support/form-panel';
import { servePharosReplica } from './support/pharos-replica';
import { answerQuestions, captureReply, openPharos } from './support/report-flow';

/** The docked panel's width; 0 before the filler has shown it. */
const panelWidth = (form: Page) =>
  form.evaluate(
    () => document.querySelector('temoin-form-panel')?.getBoundingClientRect().width ?? 0,
  );

test('the panel folds to a tab beside the form, and the next page remembers it', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  await servePharosReplica(context, 'wording');
  const { captureId } = await captureReply({ context, extensionId, page, desktop });
  const report = await answerQuestions(context, extensionId, captureId);
  const form = await openPharos(context, report, desktop);
  await expect.poll(() => panelWidth(form)).toBe(340);
  const pageRight = () =>
    form.evaluate(() => document.querySelector('main')!.getBoundingClientRect().right);
  expect(await pageRight()).toBeLessThanOrEqual(1280 - 340);

  await clickPanelButton(form, 'Replier le panneau Témoin');
  await expect.poll(() => panelWidth(form)).toBe(40);
  expect(await pageRight()).toBeLessThanOrEqual(1280 - 40);

  await form.getByRole('button', { name: 'Suivant' }).click();
  await form.waitForURL('**/etape-2.html');
  await expect.poll(() => panelWidth(form)).toBe(40);
  await clickPanelButton(form, 'Déplier le panneau Témoin');
  await expect.poll(() => panelWidth(form)).toBe(340);
});
