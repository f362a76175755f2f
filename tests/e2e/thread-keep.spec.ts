import type { Page } from '@playwright/test';
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
