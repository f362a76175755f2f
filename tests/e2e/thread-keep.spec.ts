import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './support/extension-test';
import {
  captureThread,
  enableModeration,
  finishedThread,
  openThreadPage,
  storedThreads,
} from './support/threads';

const X_URL = 'https://x.com/compte_1/status/1800000000000000001';

/** Puts another screen's bytes in place of one stored screen, straight into IndexedDB. */
async function replaceScreen(page: Page, index: number, withIndex: number) {
  await page.evaluate(
    ({ index, withIndex }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('temoin-evidence');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction('threadScreens', 'readwrite');
          const store = transaction.objectStore('threadScreens');
          const all = store.getAll();
          all.onsuccess = () => {
            const screens = all.result as Array<{ index: number; blob: Blob }>;
            const target = screens.find((screen) => screen.index === index)!;
            target.blob = screens.find((screen) => screen.index === withIndex)!.blob;
            store.put(target);
          };
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { index, withIndex },
  );
}

test('« Vérifier » on a thread row says it is intact, then names the screen changed in the store', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  test.setTimeout(120_000);
  await enableModeration(worker, 4);
  const evidence = await openThreadPage({ context, extensionId, page }, X_URL, 'x-lazy.html');
  await captureThread(desktop, page, 'article:nth-of-type(2) [data-testid="tweetText"]');
  await expect.poll(() => finishedThread(evidence), { timeout: 60_000 }).toBeTruthy();
  const { screens, files } = await storedThreads(evidence);
  expect(screens.length).toBeGreaterThan(1);
  const crops = files.filter((file) => file.role === 'post-crop').length;
  expect(crops).toBeGreaterThan(0);

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const row = library.locator('.thread-row');
  await row.getByRole('button', { name: /^Vérifier le fil/ }).click();
  const verdict = library.locator('[data-thread-check="done"]');
  await expect(verdict).toContainText('intact');
  await expect(verdict).toContainText(`${screens.length} écrans`);
  await expect(verdict).toContainText(`${crops} découpes refaites pixel pour pixel`);
  await expect(verdict.locator('.verdict-intact')).toBeVisible();

  // The second screen's bytes replaced by the first's, as tampering in the store would.
  await replaceScreen(library, 1, 0);
  await row.getByRole('button', { name: /^Vérifier le fil/ }).click();
  await expect(verdict.locator('.verdict-tampered')).toBeVisible();
  await expect(verdict.locator('[data-reason="screen-hash-mismatch"]')).toHaveText(
    'L’écran 2 : ses octets ne correspondent plus à l’empreinte scellée.',
  );
  await evidence.close();
});

test('a thread exported, everything erased, then imported: its row is back and « Vérifier » says intact', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  test.setTimeout(150_000);
  await enableModeration(worker, 3);
  const evidence = await openThreadPage({ context, extensionId, page }, X_URL, 'x-lazy.html');
  await captureThread(desktop, page, 'article:nth-of-type(2) [data-testid="tweetText"]');
  await expect.poll(() => finishedThread(evidence), { timeout: 60_000 }).toBeTruthy();
  const before = await storedThreads(evidence);

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const row = library.locator('.thread-row');
  const postCount = before.posts.length;
  await expect(row).toContainText(`${postCount} messages`);
  await library.getByLabel('Tout sélectionner').check();
  const [download] = await Promise.all([
    library.waitForEvent('download'),
    library.getByRole('button', { name: 'Exporter (ZIP vérifiable)' }).click(),
  ]);
  const folder = mkdtempSync(path.join(tmpdir(), 'temoin-e2e-thread-export-'));
  const zip = path.join(folder, download.suggestedFilename());
  await download.saveAs(zip);
  // In the ZIP: the screens, the stitched picture and each post's crop, all in SHA256SUMS.
  const listed = execFileSync('unzip', ['-Z1', zip]).toString().trim().split('\n');
  const files = before.files;
  expect(listed.filter((name) => /^threads\/[^/]+\/screens\//.test(name))).toHaveLength(
    before.screens.length,
  );
  expect(listed.filter((name) => /^threads\/[^/]+\/stitched\//.test(name))).toHaveLength(
    files.filter((file) => file.role === 'stitched').length,
  );
  expect(listed.filter((name) => /^threads\/[^/]+\/crops\//.test(name))).toHaveLength(
    files.filter((file) => file.role === 'post-crop').length,
  );
  const out = path.join(folder, 'out');
  execFileSync('unzip', ['-q', zip, '-d', out]);
  expect(execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: out }).toString()).toBe(
    '',
  );
  expect(readFileSync(path.join(out, 'README.txt'), 'utf8')).toContain('stitched/0000.png');

  // Everything erased, then the export checked and imported.
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByRole('button', { name: 'Tout effacer…' }).click();
  await settings.getByLabel(/Pour confirmer, tapez/).fill('effacer');
  await settings.getByRole('button', { name: 'Tout effacer définitivement' }).click();
  await expect(settings.getByText('Tout a été effacé.')).toBeVisible();
  await settings.close();
  await library.reload();
  await expect(row).toHaveCount(0);
  await library.locator('input[type="file"]').setInputFiles(zip);
  await expect(library.locator('[data-verification="ok"]')).toBeVisible({ timeout: 30_000 });
  await library
    .getByRole('button', { name: 'Importer 0 preuve et 1 fil dans la bibliothèque' })
    .click();
  await expect(library.locator('[data-import="done"]')).toContainText('1 fil importé');

  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`${postCount} messages`);
  const after = await storedThreads(evidence);
  expect(after.threads.map((thread) => thread.sealSha256)).toEqual(
    before.threads.map((thread) => thread.sealSha256),
  );
  expect(after.screens.map((screen) => screen.base64).sort()).toEqual(
    before.screens.map((screen) => screen.base64).sort(),
  );
  expect(after.files.map((file) => file.sha256).sort()).toEqual(
    files.map((file) => file.sha256).sort(),
  );
  await row.getByRole('button', { name: /^Vérifier le fil/ }).click();
  const verdict = library.locator('[data-thread-check="done"]');
  await expect(verdict.locator('.verdict-intact')).toBeVisible();
  await expect(verdict).toContainText(`${before.screens.length} écrans`);
  await evidence.close();
});
