import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, openFixturePage, test } from './support/extension-test';

const FIXTURE = path.resolve('tests/fixtures/sites/reddit/old-post-comments');
const EXPECTED = JSON.parse(readFileSync(`${FIXTURE}.expected.json`, 'utf8')) as {
  url: string;
  posts: Array<{ target: string }>;
};

test('the language and what to capture are chosen in the settings and followed everywhere', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(settings.getByRole('heading', { name: 'Réglages de Témoin' })).toBeVisible();

  // English, chosen by keyboard-accessible controls; the page switches at once.
  await settings.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await expect(settings.getByRole('heading', { name: 'Témoin settings' })).toBeVisible();
  await expect(settings.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await settings.getByLabel(/post’s details/).uncheck();
  await settings.getByLabel(/picture of the post alone/).uncheck();
  await expect(settings.getByLabel(/picture of the post alone/)).not.toBeChecked();

  // Every other page follows, from its first drawing.
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.getByRole('heading', { name: 'Evidence library' })).toBeVisible();
  await expect(library.locator('html')).toHaveAttribute('lang', 'en');
  await library.close();

  // A capture now keeps the sealed screenshot only: no post details, no crop.
  const evidence = await openFixturePage(
    { context, extensionId, page },
    EXPECTED.url,
    `${FIXTURE}.html`,
  );
  await desktop.rightClick(EXPECTED.posts[1]!.target);
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);
  const [capture] = await evidence.captures();
  expect(capture!.metadata.post).toBeUndefined();
  expect(capture!.metadata.target.crop).toBe('turned-off');
  expect(capture!.metadata.target.cropArea).toBeUndefined();
  await expect
    .poll(async () => (await evidence.files(capture!.id)).map((file) => file.role).sort())
    .toEqual(['page-screenshot', 'thumbnail']);

  // Back to the browser's language (French here) and full captures.
  await settings.bringToFront();
  await settings.getByRole('combobox', { name: 'Language' }).selectOption('auto');
  await expect(settings.getByRole('heading', { name: 'Réglages de Témoin' })).toBeVisible();
  await settings.getByLabel(/informations de la publication/).check();
  await settings.getByLabel(/image de la publication seule/).check();
  await page.bringToFront();
  await desktop.rightClick(EXPECTED.posts[2]!.target);
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await evidence.captures()).length).toBe(2);
  const second = (await evidence.captures()).find((record) => record.id !== capture!.id)!;
  expect(second.metadata.post?.permalink).toBeTruthy();
  expect(second.metadata.target.crop).toBe('cropped');
});

// The worker's `chrome` global, as seen from code evaluated inside it.
declare const chrome: { storage: { local: { set(values: object): Promise<void> } } };

test('settings saved before they had versions are carried over, and damaged ones give the defaults', async ({
  context,
  worker,
  extensionId,
}) => {
  // What Témoin stored before its settings had versions: the language inside the preferences.
  await worker.evaluate(() =>
    chrome.storage.local.set({
      preferences: { language: 'en', capture: { postDetails: false, postCrop: true } },
      reporterIdentity: { lastName: 'Martin', firstName: 'Léa', email: '', useInForms: true },
    }),
  );
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(settings.getByRole('heading', { name: 'Témoin settings' })).toBeVisible();
  await expect(settings.getByLabel(/post’s details/)).not.toBeChecked();
  await expect(settings.getByLabel(/picture of the post alone/)).toBeChecked();
  await expect(settings.getByLabel('Last name')).toHaveValue('Martin');

  // Damaged entries lose nothing else: the page opens with the defaults.
  await worker.evaluate(() =>
    chrome.storage.local.set({
      language: 42,
      preferences: 'corrupt',
      reporterIdentity: { lastName: 'Martin', email: 'not an address' },
    }),
  );
  await settings.reload();
  await expect(settings.getByRole('heading', { name: 'Réglages de Témoin' })).toBeVisible();
  await expect(settings.getByLabel(/informations de la publication/)).toBeChecked();
  await expect(settings.getByLabel(/image de la publication seule/)).toBeChecked();
  await expect(settings.getByLabel('Nom', { exact: true })).toHaveValue('');
});
