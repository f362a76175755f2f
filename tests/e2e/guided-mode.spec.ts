import type { Locator, Page } from '@playwright/test';
import { EvidenceReader } from './support/evidence';
import { expect, test } from './support/extension-test';
import { xdotoolKeys } from './support/shortcut-keys';

/** Presses Tab until the element has the focus, as a person without a mouse does. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Answers a radio question by keyboard: Tab into the group, arrows to the wanted choice. */
async function choose(page: Page, question: string, value: string) {
  await tabTo(
    page,
    page
      .locator(`input[name="practice-${question}"]:checked, input[name="practice-${question}"]`)
      .first(),
  );
  const wanted = page.locator(`#practice-${question}-${value}`);
  for (let presses = 0; presses < 30 && !(await wanted.isChecked()); presses += 1)
    await page.keyboard.press('ArrowDown');
  await expect(wanted).toBeChecked();
}

test('the guided mode is done with the keyboard only: six steps, each outlined, with its reason and law', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  test.setTimeout(180_000);
  const practice = await EvidenceReader.open(context, extensionId, 'temoin-practice');
  await page.goto(`chrome-extension://${extensionId}/practice.html`);
  await page.bringToFront();
  const tour = page.locator('.guided-tour');
  const heading = tour.getByRole('heading', { level: 2 });
  const outlined = (part: string) =>
    expect(page.locator(`[data-guided="${part}"]`)).toHaveClass(/guided-target/);
  const next = async (title: string, part: string) => {
    await tabTo(page, tour.getByRole('button', { name: 'Étape suivante' }));
    await page.keyboard.press('Enter');
    await expect(heading).toHaveText(title);
    await expect(heading).toBeFocused();
    await outlined(part);
    await expect(tour.locator('.guided-law')).toContainText('Loi : ');
  };
  const goTo = async () => {
    await tabTo(page, tour.getByRole('button', { name: 'Aller à cette partie' }));
    await page.keyboard.press('Enter');
  };
  const done = () => expect(tour.getByRole('status')).toHaveText('✓ Fait.');

  await tabTo(page, page.getByRole('button', { name: 'Mode guidé' }));
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Capturer la publication');
  await expect(heading).toBeFocused();
  await outlined('capture');
  await expect(tour.locator('.guided-law')).toContainText('2022/2065');

  // 1. Capture: to the post, then the capture shortcut on the real keyboard.
  await goTo();
  await tabTo(page, page.locator('[data-post="1900000000000000101"]'));
  await desktop.press(xdotoolKeys('capture-tab'));
  await expect.poll(async () => (await practice.captures()).length).toBe(1);
  await done();

  // 2. Check it.
  await next('Vérifier la capture', 'verify');
  await goTo();
  await tabTo(page, page.getByRole('button', { name: 'Vérifier', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-guided="verify"] .verdict-intact')).toBeVisible();
  await done();

  // 3. Say what it is, 4. where to report and why.
  await next('Dire de quoi il s’agit', 'classify');
  await goTo();
  await choose(page, 'category', 'threats-or-violence');
  await done();
  await choose(page, 'visibility', 'public');
  await choose(page, 'role', 'witness');
  await choose(page, 'minor', 'yes');
  await choose(page, 'danger', 'no');
  await choose(page, 'scam', 'no');
  await tabTo(page, page.getByRole('button', { name: 'Voir où signaler' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-guided="route"] [data-channel="pharos"]')).toBeVisible();
  await next('Voir où signaler, et pourquoi', 'route');
  await done();
  await page.screenshot({ path: test.info().outputPath('practice-space.png') });

  // 5. The training form opens in its own tab.
  await next('Remplir le formulaire d’entraînement', 'form');
  await goTo();
  await tabTo(page, page.getByRole('button', { name: 'Remplir le formulaire d’entraînement' }));
  const [form] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
  await expect(form).toHaveURL(/training-form\.html#.*capture=/);
  await form.close();
  await page.bringToFront();
  await done();

  // 6. The practice report for a complaint, marked EXERCICE.
  await next('Exporter pour une plainte', 'export');
  await goTo();
  await tabTo(page, page.getByRole('button', { name: 'Exporter le rapport d’exercice (PDF)' }));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^temoin-exercice-.*\.pdf$/);
  await done();

  await tabTo(page, tour.getByRole('button', { name: 'Terminer' }));
  await page.keyboard.press('Enter');
  await expect(tour).toHaveCount(0);
  await expect(page.locator('.guided-target')).toHaveCount(0);
});
