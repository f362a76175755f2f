import { closedShadowText } from './support/closed-shadow';
import { expect, test } from './support/extension-test';
import { readFormPanel } from './support/form-panel';
import { servePharosReplica } from './support/pharos-replica';
import {
  answerQuestions,
  captureReply,
  openReport,
  openPharos,
  REPLY,
  saveIdentity,
} from './support/report-flow';

test('PHAROS, one page per step: every step is filled from the capture, nothing is sent', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  const { submissions } = await servePharosReplica(context, 'a');
  const { evidence, captureId, screenshotSha256 } = await captureReply({
    context,
    extensionId,
    page,
    desktop,
  });
  const report = await answerQuestions(context, extensionId, captureId);
  await expect(report.locator('[data-channel="pharos"] .reason')).not.toBeEmpty();
  // Every time on the evidence card says what it is.
  await expect(report.locator('[data-time="published"]')).toHaveText(/^Publié le /);
  await expect(report.locator('[data-time="captured"]')).toHaveText(/^Capturé le /);
  // The recommended channel comes before the general warnings.
  const channelFirst = await report.evaluate(() => {
    const pharos = document.querySelector('[data-channel="pharos"]')!;
    const warnings = document.querySelector('.warnings')!;
    return Boolean(pharos.compareDocumentPosition(warnings) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(channelFirst).toBe(true);
  // The answers stay in view, each one changeable.
  const summary = report.getByRole('region', { name: 'Vos réponses' });
  await expect(summary).toContainText('Menaces, appel à la violence');
  await summary.getByRole('button', { name: 'Modifier la réponse à « Qui êtes-vous ? »' }).click();
  await expect(
    report.getByRole('group', { name: 'Qui êtes-vous ?' }).getByLabel('Un témoin'),
  ).toBeFocused();
  await report.getByRole('button', { name: 'Voir où signaler' }).click();
  await expect(summary).toContainText('Un témoin');
  await report.screenshot({ path: test.info().outputPath('report-flow.png'), fullPage: true });
  // The platform's notice, with the four elements of DSA art. 16, in French or English.
  const notice = report.locator('[data-channel="platform-dsa"] textarea');
  await expect(notice).toHaveValue(/^Je vous notifie[\s\S]*a\) [\s\S]*b\) [\s\S]*c\) [\s\S]*d\) /);
  await expect(notice).toHaveValue(new RegExp(REPLY.expected.permalink!));
  await report
    .getByRole('group', { name: 'Langue de la notification' })
    .getByLabel('English')
    .check();
  await expect(notice).toHaveValue(/bona fide belief/);

  const form = await openPharos(context, report, desktop);

  // Step 1: the category, its sub-choice if any, and "not the victim".
  await expect(form.getByLabel('Menaces ou incitation à la violence')).toBeChecked();
  await expect(form.getByRole('group', { name: /victime/ }).getByLabel('Non')).toBeChecked();
  await form.getByRole('button', { name: 'Suivant' }).click();

  // Step 2: when, where, the address and the description composed from the evidence.
  await form.waitForURL(/etape-2/);
  await expect(form.locator('#dateFaits')).toHaveValue('12/03/2025');
  await expect(form.locator('#heureFaits')).toHaveValue('13:18');
  await expect(form.locator('#dateConstat')).not.toHaveValue('');
  await expect(form.getByLabel('Réseau social')).toBeChecked();
  await expect(form.locator('#url')).toHaveValue(REPLY.expected.permalink!);
  const description = await form.locator('#commentaire').inputValue();
  expect(description).toContain('@raleur_fictif');
  expect(description).toContain(screenshotSha256);
  expect(description).toMatch(/UTC/);
  expect(await closedShadowText(form)).toContain('Témoin');
  await form.screenshot({ path: test.info().outputPath('pharos-filled.png') });
  await form.getByRole('button', { name: 'Suivant' }).click();

  // Step 3: no identity was saved, so none is typed; the security code is left alone.
  await form.waitForURL(/etape-3/);
  await expect(form.locator('#nom')).toHaveValue('');
  await expect(form.locator('#verif')).toHaveValue('');
  await form.getByRole('button', { name: 'Suivant' }).click();

  // Step 4: the person sends the form, not Témoin.
  await form.waitForURL(/etape-4/);
  await expect(form.getByRole('button', { name: 'Valider le signalement' })).toBeVisible();
  await form.waitForTimeout(1000);
  expect(submissions).toHaveLength(0);
  await expect(form.locator('#certification')).not.toBeChecked();

  // Back in the flow, the person records the report; the popup shows it.
  await report.bringToFront();
  const pharos = report.locator('[data-channel="pharos"]');
  await pharos.getByText('Vous avez envoyé le signalement ?').click();
  await pharos.getByLabel(/Note/).fill('Signalement n° 12345');
  await pharos.getByRole('button', { name: 'Noter comme signalé à PHAROS' }).click();
  await expect(pharos.getByRole('status').filter({ hasText: 'Noté' })).toBeVisible();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator(`[data-capture-id="${captureId}"]`)).toContainText('Signalée');
  await evidence.page.reload();
  expect(await evidence.custody(captureId)).toEqual([
    expect.objectContaining({ kind: 'capture' }),
    expect.objectContaining({ kind: 'category', data: { categoryId: expect.any(String) } }),
    expect.objectContaining({
      kind: 'report',
      data: { channelId: 'pharos', note: 'Signalement n° 12345' },
    }),
  ]);
});

test('PHAROS on one page, other ids and order: filled the same; an unknown label goes to the panel', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  // The address field is worded so that no label pattern knows it.
  const { submissions } = await servePharosReplica(context, 'b', (html) =>
    html.replace('Adresse URL du contenu', 'Emplacement exact'),
  );
  await saveIdentity(context, extensionId, {
    lastName: 'Martin',
    firstName: 'Léa',
    email: 'lea.martin@exemple.fr',
  });

  const { captureId } = await captureReply({ context, extensionId, page, desktop });
  const report = await answerQuestions(context, extensionId, captureId);
  const form = await openPharos(context, report, desktop);

  await expect(form.getByLabel('Menaces ou incitation à la violence')).toBeChecked();
  await expect(form.locator('input[name="x01"][value="n"]')).toBeChecked();
  await form.getByRole('button', { name: 'Suivant' }).first().click();

  const step2 = form.locator('[data-step="2"]');
  await expect(step2.locator('textarea')).toHaveValue(/@raleur_fictif/);
  await expect(step2.locator('select')).toHaveValue('w2');
  await expect(step2.locator('input[name="x15"]')).toHaveValue('2025-03-12');
  await expect(step2.locator('input[name="x16"]')).toHaveValue('13:18');
  await expect(step2.locator('input[name="x10"]')).toHaveValue('');
  const panel = await readFormPanel(form);
  expect(panel.find((line) => line.key === 'url')).toMatchObject({
    state: 'unplaced',
    text: 'Pas placé : à copier à la main là où le formulaire le demande',
  });
  expect(await closedShadowText(form)).toContain(REPLY.expected.permalink);
  await step2.getByRole('button', { name: 'Suivant' }).click();

  const step3 = form.locator('[data-step="3"]');
  await expect(step3.getByLabel('Nom', { exact: true })).toHaveValue('Martin');
  await expect(step3.getByLabel('Prénom')).toHaveValue('Léa');
  await expect(step3.locator('input[name="x20"]')).toHaveValue('lea.martin@exemple.fr');
  await expect(step3.getByLabel('Recopiez le code de sécurité')).toHaveValue('');
  await expect(step3.getByLabel('Je ne suis pas un robot')).not.toBeChecked();
  await step3.getByRole('button', { name: 'Suivant' }).click();

  await expect(form.getByRole('button', { name: 'Valider le signalement' })).toBeVisible();
  await form.waitForTimeout(1000);
  expect(submissions).toHaveLength(0);
  expect(
    await form.evaluate(() => sessionStorage.getItem('pharos-fixture-b-submissions')),
  ).toBeNull();
});

test('child sexual abuse: the images are deleted only after a deliberate step, once confirmed; the address and text remain', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  const { evidence, captureId } = await captureReply({ context, extensionId, page, desktop });
  await expect.poll(async () => (await evidence.files(captureId)).length).toBe(3);
  const report = await openReport(context, extensionId, captureId);
  const category = report.getByRole('group', { name: 'De quoi s’agit-il ?' });
  const dialog = report.getByRole('alertdialog', { name: 'Aucune image ne sera gardée' });
  const proceed = report.getByRole('button', { name: 'Continuer avec cette catégorie…' });

  // Choosing the category asks for a deliberate step; backing out of the dialog keeps everything.
  await category.getByLabel('Abus sexuel sur mineur').click();
  await expect(dialog).toBeHidden();
  await proceed.click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Choisir une autre catégorie' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Choisir une autre catégorie' }).click();
  await expect(dialog).toBeHidden();
  await expect(category.getByLabel('Abus sexuel sur mineur')).not.toBeChecked();
  expect(await evidence.files(captureId)).toHaveLength(3);

  await category.getByLabel('Abus sexuel sur mineur').click();
  await proceed.click();
  await dialog.getByRole('button', { name: 'Supprimer les images et continuer' }).click();
  await expect(report.getByRole('status').filter({ hasText: '3 images supprimées' })).toBeVisible();
  await expect(category.getByLabel('Abus sexuel sur mineur')).toBeChecked();
  await expect(proceed).toBeHidden();

  await evidence.page.reload();
  expect(await evidence.files(captureId)).toEqual([]);
  const [capture] = await evidence.captures();
  expect(capture!.metadata.post?.permalink).toBe(REPLY.expected.permalink);
  expect((await evidence.custody(captureId)).at(-1)).toMatchObject({
    kind: 'images-deleted',
    data: { reason: 'child-abuse-category' },
  });

  const detail = await context.newPage();
  await detail.goto(`chrome-extension://${extensionId}/popup.html#capture=${captureId}`);
  await expect(detail.getByText(/Images supprimées/)).toBeVisible();
  await expect(detail.locator('img')).toHaveCount(0);
  await detail.getByRole('button', { name: 'Vérifier' }).click();
  await expect(detail.getByText('Intacte : toutes les empreintes correspondent.')).toBeVisible();
});

test('keyboard only: arrowing through every category and back, then Enter, deletes nothing', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  const { evidence, captureId } = await captureReply({ context, extensionId, page, desktop });
  await expect.poll(async () => (await evidence.files(captureId)).length).toBe(3);
  const report = await openReport(context, extensionId, captureId);
  const dialog = report.getByRole('alertdialog');
  const categories = report.getByRole('group', { name: 'De quoi s’agit-il ?' });
  const count = await categories.locator(':scope > .choice > input[type="radio"]').count();
  const focusedCategory = () =>
    report.evaluate(() => {
      const focused = document.activeElement as HTMLInputElement | null;
      return focused?.name === 'category' ? focused.value : null;
    });

  // Tab from the top of the page to the categories, as a person with a keyboard does.
  await report.bringToFront();
  for (let press = 0; press < 40 && !(await focusedCategory()); press += 1) {
    await desktop.press('Tab');
  }
  expect(await focusedCategory()).not.toBeNull();
  const seen = new Set<string>();
  for (const key of [...Array<string>(count).fill('Down'), ...Array<string>(count).fill('Up')]) {
    await desktop.press(key);
    seen.add((await focusedCategory())!);
    await expect(dialog).toBeHidden();
  }
  expect(seen.size).toBe(count);
  await desktop.press('Return');
  await expect(dialog).toBeHidden();

  // Stopping on the category and pressing Enter does not delete either.
  while ((await focusedCategory()) !== 'child-abuse') await desktop.press('Down');
  await desktop.press('Return');
  await expect(dialog).toBeHidden();

  // The deliberate step by keyboard: the dialog opens on the safe choice, and Enter keeps all.
  for (let press = 0; press < 10; press += 1) {
    const onContinue = await report.evaluate(
      () => document.activeElement?.textContent === 'Continuer avec cette catégorie…',
    );
    if (onContinue) break;
    await desktop.press('Tab');
  }
  await desktop.press('Return');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Choisir une autre catégorie' })).toBeFocused();
  await desktop.press('Return');
  await expect(dialog).toBeHidden();
  await desktop.press('Escape');

  await evidence.page.reload();
  expect(await evidence.files(captureId)).toHaveLength(3);
  expect((await evidence.custody(captureId)).map((entry) => entry.kind)).not.toContain(
    'images-deleted',
  );
});
