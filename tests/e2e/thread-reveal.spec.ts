import { expect, test } from './support/extension-test';
import {
  captureThread,
  enableModeration,
  finishedThread,
  openThreadPage,
  storedThreads,
  waitForThreadMenu,
} from './support/threads';

const X_URL = 'https://x.com/compte_1/status/1800000000000000001';
const status = (index: number) => `${1800000000000000000n + BigInt(index)}`;

test.describe.configure({ timeout: 150_000 });

/** The permalinks' status ids of the stored posts, in the thread's order. */
async function storedStatuses(evidence: Parameters<typeof storedThreads>[0]) {
  const { posts } = await storedThreads(evidence);
  return posts
    .sort((a, b) => Number(a.order) - Number(b.order))
    .map((post) =>
      String((post.details as { permalink: string }).permalink)
        .split('/')
        .at(-1),
    );
}

/** The decoys of the page that something clicked. */
const clickedDecoys = (page: import('@playwright/test').Page) =>
  page.locator('.decoy[data-clicked]').count();

test('« Révéler tout » on X: the hidden replies are captured, and each click is in the custody log', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel(/^Outils de modération/).check();
  await options.getByLabel('Sur X (Twitter)').check();
  await expect(options.getByLabel('Sur X (Twitter)')).toBeChecked();
  await expect(options.getByText('Réglages enregistrés.').first()).toBeVisible();
  await options.close();
  await waitForThreadMenu(worker);

  const evidence = await openThreadPage({ context, extensionId, page }, X_URL, 'x-hidden.html');
  await captureThread(desktop, page, 'article:nth-of-type(2) [data-testid="tweetText"]');
  await expect.poll(() => finishedThread(evidence), { timeout: 90_000 }).toBeTruthy();

  // The 12 posts shown, then the 4 hidden replies, then the 3 behind "Show probable spam".
  expect(await storedStatuses(evidence)).toEqual(
    Array.from({ length: 19 }, (_, index) => status(index)),
  );
  const { threads } = await storedThreads(evidence);
  const thread = threads[0]!;
  const named = [
    { label: 'Afficher les réponses masquées', expander: 'x.hidden-replies', platform: 'x' },
    { label: 'Show probable spam', expander: 'x.hidden-replies', platform: 'x' },
  ];
  expect(thread.seal!.revealed).toEqual(named.map((click) => expect.objectContaining(click)));
  await expect
    .poll(async () => (await evidence.custody(String(thread.id))).map((entry) => entry.kind))
    .toEqual(['capture', 'page-click', 'page-click']);
  const log = await evidence.custody(String(thread.id));
  expect(log[0]!.data).toEqual({ metadataSha256: thread.sealSha256 });
  expect(log.slice(1).map((entry) => entry.data)).toEqual(
    named.map((click) => ({ ...click, clickedAt: expect.any(String) })),
  );
  // Never the report button, the link away, nor the same button outside the conversation.
  expect(await clickedDecoys(page)).toBe(0);
  expect(page.url()).toBe(X_URL);
  await evidence.close();
});

test('with « Révéler tout » off, nothing on the page is clicked', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  await enableModeration(worker);
  const evidence = await openThreadPage({ context, extensionId, page }, X_URL, 'x-hidden.html');
  await captureThread(desktop, page, 'article:nth-of-type(2) [data-testid="tweetText"]');
  await expect.poll(() => finishedThread(evidence), { timeout: 90_000 }).toBeTruthy();

  expect(await storedStatuses(evidence)).toEqual(
    Array.from({ length: 12 }, (_, index) => status(index)),
  );
  const { threads } = await storedThreads(evidence);
  expect(threads[0]!.seal).not.toHaveProperty('revealed');
  expect(await evidence.custody(String(threads[0]!.id))).toEqual([]);
  await expect(page.locator('#show-hidden')).toBeAttached();
  expect(await clickedDecoys(page)).toBe(0);
  await evidence.close();
});
