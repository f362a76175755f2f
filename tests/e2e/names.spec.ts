import { closedShadowText } from './support/closed-shadow';
import { EvidenceReader } from './support/evidence';
import { expect, test } from './support/extension-test';

test('a capture on the practice page is named « Exercice », never by the extension’s id, wherever it is shown', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  const evidence = await EvidenceReader.open(context, extensionId);
  await page.goto(`chrome-extension://${extensionId}/practice.html`);
  await page.bringToFront();
  await desktop.rightClick('#post-microblog .text');
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);
  const [capture] = await evidence.captures();

  // The confirmation in the page: the name and the labelled capture time.
  await expect.poll(() => closedShadowText(page)).toMatch(/Exercice · .*Capturé le /s);
  expect(await closedShadowText(page)).not.toContain(extensionId);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const row = popup.locator(`[data-capture-id="${capture!.id}"]`);
  await expect(row).toContainText(/^Exercice · /);
  await expect(popup.locator('main')).not.toContainText(extensionId);
  // The last capture's outcome can be dismissed, and stays dismissed.
  await popup.getByRole('button', { name: 'Fermer ce message' }).click();
  await expect(popup.getByText('Preuve enregistrée')).toBeHidden();
  await popup.reload();
  await expect(row).toBeVisible();
  await expect(popup.getByText('Preuve enregistrée')).toBeHidden();
  await row.click();
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText(/^Exercice · /);

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('.capture-row')).toContainText(/Exercice · .*Capturé le /);
  await expect(library.locator('.library-results')).not.toContainText(extensionId);

  // The report page: its evidence card and every ready text.
  const report = await context.newPage();
  await report.goto(`chrome-extension://${extensionId}/report.html#captures=${capture!.id}`);
  await expect(report.locator('[data-capture]')).toContainText(/^Exercice · /);
  const question = (name: string | RegExp) => report.getByRole('group', { name });
  await question('De quoi s’agit-il ?').getByLabel('Menaces, appel à la violence').check();
  await question('Où le contenu est-il visible ?')
    .getByLabel(/En public/)
    .check();
  await question('Qui êtes-vous ?').getByLabel('Un témoin').check();
  await question('Un mineur est-il concerné ?').getByLabel('Non').check();
  await question('Quelqu’un est-il en danger immédiat ?').getByLabel('Non').check();
  await question(/Est-ce une arnaque/)
    .getByLabel('Non')
    .check();
  await report.getByRole('button', { name: 'Voir où signaler' }).click();
  await expect(report.locator('[data-channel="pharos"]')).toBeVisible();
  const readyTexts = await Promise.all(
    (await report.locator('textarea').all()).map((text) => text.inputValue()),
  );
  expect(readyTexts.length).toBeGreaterThan(0);
  // The page's address is a fact of the evidence and stays; the id names nothing.
  const address = `chrome-extension://${extensionId}/practice.html`;
  const shown = await report.locator('body').innerText();
  for (const text of [...readyTexts, shown])
    expect(text.replaceAll(address, '')).not.toContain(extensionId);
  for (const text of readyTexts) expect(text).toContain('Exercice');
});
