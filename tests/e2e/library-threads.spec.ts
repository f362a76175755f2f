import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EvidenceReader } from './support/evidence';
import { expect, serveFixture, test } from './support/extension-test';
import {
  enableModeration,
  storedThreads,
  THREAD_FIXTURES,
  waitForThreadMenu,
} from './support/threads';

const X_URL = 'https://x.com/compte_1/status/1800000000000000001';

test('a thread captured from the menu is one library row that opens into its posts, found by their text, and an author’s dossier gathers a capture and thread posts', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  test.setTimeout(150_000);
  const evidence = await EvidenceReader.open(context, extensionId);
  await serveFixture(context, X_URL, path.resolve(THREAD_FIXTURES, 'x-lazy.html'));
  await page.goto(X_URL);
  await page.bringToFront();
  // One post of @compte_4 captured alone first, with the single menu item.
  await desktop.rightClick('article:nth-of-type(5) [data-testid="tweetText"]');
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);

  await enableModeration(worker);
  await waitForThreadMenu(worker);
  await page.locator('article:nth-of-type(8)').scrollIntoViewIfNeeded();
  await desktop.rightClick('article:nth-of-type(8) [data-testid="tweetText"]');
  await page.waitForTimeout(250);
  await desktop.press('Up', 'Up', 'Up', 'Right', 'Down', 'Return');
  await expect
    .poll(async () => (await storedThreads(evidence)).threads[0]?.status, { timeout: 60_000 })
    .toBe('complete');

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  // Posts are counted as items: 45 posts and one capture.
  await expect(library.getByText('46 preuves affichées sur 46')).toBeVisible();
  const thread = library.locator('.thread-row');
  await expect(thread).toHaveCount(1);
  await expect(thread).toContainText('Fil X');
  await expect(thread).toContainText('45 messages');
  await expect(thread).toContainText('complet');
  await expect(library.locator('.post-row')).toHaveCount(0);

  // By keyboard: the row's button, then Entrée opens it, Entrée again closes it.
  const toggle = thread.locator('button.open');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await library.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const first = library.locator('.post-row').first();
  await expect(first).toContainText('@compte_0');
  await expect(first).toContainText('Message 0 : bonjour tais-toi regarde encore');
  await expect(first.getByRole('link', { name: 'Lien du message' })).toHaveAttribute(
    'href',
    'https://x.com/compte_0/status/1800000000000000000',
  );
  // Its crop is cut from a stored screen, drawn from the screen's own bytes.
  await expect(first.locator('svg.post-crop image')).toHaveAttribute('href', /^blob:/);
  await library.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // A search finds a post by its text: the thread says how many of its posts match.
  await library.locator('#filter-text').fill('message 37');
  await expect(thread).toContainText('1 message sur 45 correspond');
  await expect(library.getByText('1 preuve affichée sur 46')).toBeVisible();
  await toggle.click();
  await expect(library.locator('.post-row')).toHaveCount(1);
  await expect(library.locator('.post-row')).toContainText('Message 37 :');

  // Everything @compte_4 wrote: the capture and the thread's four posts (4, 15, 26, 37).
  await library
    .locator('.post-row')
    .getByRole('button', { name: 'Tout ce qu’a écrit cet auteur' })
    .click();
  const dossier = library.locator('.author-dossier');
  await expect(dossier).toContainText('@compte_4');
  await expect(library.getByText('5 preuves affichées sur 46')).toBeVisible();
  await expect(library.locator('.capture-row:not(.thread-row):not(.post-row)')).toHaveCount(1);
  await expect(thread).toContainText('4 messages sur 45 correspondent');
  await expect(dossier).toContainText('5 éléments : 1 capture, 4 messages dans 1 fil, 0 dossier.');

  // The report by author: one CSV row per capture or post.
  const [csvDownload] = await Promise.all([
    library.waitForEvent('download'),
    dossier.getByRole('button', { name: 'Rapport par auteur (CSV)' }).click(),
  ]);
  const csv = readFileSync((await csvDownload.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(csv).toHaveLength(6);
  expect(csv.slice(1).map((line) => line.split(',')[3])).toEqual([
    'capture',
    'post',
    'post',
    'post',
    'post',
  ]);

  // From the capture's detail too: the same dossier.
  await dossier.getByRole('button', { name: 'Fermer le dossier de l’auteur' }).click();
  await expect(dossier).toBeHidden();
  await library.locator('#filter-text').fill('');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await library.locator('.capture-row:not(.thread-row):not(.post-row) .open').click();
  await library.getByRole('button', { name: 'Tout ce qu’a écrit cet auteur' }).click();
  await expect(dossier).toContainText('@compte_4');
  await expect(library.getByText('5 preuves affichées sur 46')).toBeVisible();
  await evidence.close();
});
