import type { BrowserContext, Page, Worker } from '@playwright/test';
import path from 'node:path';
import {
  expect,
  serveFixture,
  stopServiceWorker,
  test,
  type Desktop,
} from './support/extension-test';
import {
  bandsOfColour,
  enableModeration,
  pageTexts,
  screensVerify,
  stitchedParts,
  storedThreads,
  THREAD_FIXTURES,
  captureThread,
  finishedThread,
  openThreadPage,
} from './support/threads';

declare const chrome: {
  action: { getBadgeText(details: { tabId?: number }): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
};

test.describe.configure({ timeout: 150_000 });

const X_URL = 'https://x.com/compte_1/status/1800000000000000001';
const ELSEWHERE = 'https://x.com/ailleurs';
const TWITCH_URL = 'https://www.twitch.tv/leapixelle';

/**
 * Starts a thread on the long X page, with another address served for the tab to go to, and
 * waits until it has stored `screens` screens.
 */
async function threadUnderway(
  fixtures: {
    context: BrowserContext;
    extensionId: string;
    page: Page;
    desktop: Desktop;
    worker: Worker;
  },
  screens: number,
) {
  const { context, page, desktop, worker } = fixtures;
  await enableModeration(worker);
  const evidence = await openThreadPage(fixtures, X_URL, 'x-long.html');
  await serveFixture(context, ELSEWHERE, path.resolve(THREAD_FIXTURES, 'x-lazy.html'));
  await captureThread(desktop, page, 'article:nth-of-type(3) [data-testid="tweetText"]');
  await expect
    .poll(async () => (await storedThreads(evidence)).screens.length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(screens);
  return evidence;
}

test('a worker stopped mid-thread takes it up again at once from its last stored screen', async ({
  context,
  page,
  desktop,
  worker,
  extensionId,
}) => {
  const fixtures = { context, extensionId, page };
  await enableModeration(worker, 12);
  const evidence = await openThreadPage(fixtures, X_URL, 'x-long.html');
  await captureThread(desktop, page, 'article:nth-of-type(3) [data-testid="tweetText"]');
  await expect
    .poll(async () => (await storedThreads(evidence)).screens.length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(3);
  // The badge counts the thread's screens on its tab meanwhile.
  const badge = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getBadgeText({ tabId: tab!.id });
  });
  expect(Number(badge)).toBeGreaterThanOrEqual(3);

  await stopServiceWorker(context);
  const storedWhenStopped = (await storedThreads(evidence)).screens.length;
  // The next event starts the worker again, which takes the thread up where the page still runs it.
  await evidence.page.evaluate(() => chrome.runtime.sendMessage({ wake: true }).catch(() => null));
  await expect
    .poll(() => pageTexts(page), { timeout: 30_000 })
    .toContain('Reprise après un arrêt du navigateur.');
  await expect.poll(() => finishedThread(evidence), { timeout: 60_000 }).toBeTruthy();
  const { threads, screens, posts, files } = await storedThreads(evidence);
  // It went on to the screen limit, as if never stopped, and its seal says when it resumed.
  expect(threads[0]).toMatchObject({ status: 'interrupted', end: 'screen-limit' });
  const resumed = threads[0]!.seal!.resumed as Array<{ afterScreens: number }>;
  expect(resumed).toHaveLength(1);
  // Screens shot but not yet written when the worker stopped are lost, never half-written.
  expect(resumed[0]!.afterScreens).toBeGreaterThanOrEqual(storedWhenStopped);
  expect(screens.map((screen) => screen.index).sort((a, b) => Number(a) - Number(b))).toEqual(
    Array.from({ length: 12 }, (_, index) => index),
  );
  expect(screensVerify(screens)).toBe(true);
  // Every post once, numbered on from the stored ones, each on a stored screen.
  const keys = posts.map((post) => post.key);
  expect(new Set(keys).size).toBe(keys.length);
  expect(posts.map((post) => post.order).sort((a, b) => Number(a) - Number(b))).toEqual(
    Array.from({ length: posts.length }, (_, index) => index),
  );
  expect(threads[0]!.seal!.posts).toHaveLength(posts.length);
  // One stitched picture over both runs: the sticky header once, at its top.
  const parts = stitchedParts(files, screens);
  expect(bandsOfColour(parts, 8, [0, 0, 145])).toEqual([{ top: 0, height: 53 }]);
  expect((threads[0]!.seal!.stitched as unknown[]).length).toBe(parts.length);
  await expect
    .poll(() => pageTexts(page))
    .toContain('Le navigateur a arrêté Témoin pendant la capture : elle a repris d’elle-même');
  await evidence.close();
});

test('a worker stopped while its page went elsewhere seals the thread as interrupted', async ({
  context,
  page,
  desktop,
  worker,
  extensionId,
}) => {
  const evidence = await threadUnderway({ context, extensionId, page, desktop, worker }, 3);
  await stopServiceWorker(context);
  await page.goto(ELSEWHERE);
  await evidence.page.evaluate(() => chrome.runtime.sendMessage({ wake: true }).catch(() => null));
  await expect.poll(() => finishedThread(evidence), { timeout: 30_000 }).toBeTruthy();
  const { threads, screens, posts, files } = await storedThreads(evidence);
  expect(threads[0]).toMatchObject({ status: 'interrupted', end: 'worker-stopped' });
  expect(threads[0]!.seal).not.toHaveProperty('resumed');
  expect(screensVerify(screens)).toBe(true);
  const sealed = threads[0]!.seal!.screens as Array<{ index: number }>;
  expect(sealed.map((screen) => screen.index)).toEqual(screens.map((screen) => screen.index));
  // Nothing half-written: every post points at a stored screen.
  const indexes = new Set(screens.map((screen) => screen.index));
  expect(posts.every((post) => indexes.has(post.screenIndex as number))).toBe(true);
  expect(stitchedParts(files, screens).length).toBeGreaterThanOrEqual(1);
  await evidence.close();
});

test('a page that navigates mid-thread stops it, keeps its screens and says why', async ({
  context,
  page,
  desktop,
  worker,
  extensionId,
}) => {
  const evidence = await threadUnderway({ context, extensionId, page, desktop, worker }, 2);
  await page.evaluate((address) => window.location.assign(address), ELSEWHERE);

  await expect.poll(() => finishedThread(evidence), { timeout: 30_000 }).toBeTruthy();
  const { threads, screens } = await storedThreads(evidence);
  expect(threads[0]).toMatchObject({ status: 'interrupted', end: 'page-navigated' });
  expect(screens.length).toBeGreaterThanOrEqual(2);
  expect(screensVerify(screens)).toBe(true);
  await evidence.close();
});

test('a live chat that moves while it is gone through: the capture goes on and records the move', async ({
  context,
  page,
  desktop,
  worker,
  extensionId,
}) => {
  const fixtures = { context, extensionId, page };
  await enableModeration(worker);
  const evidence = await openThreadPage(fixtures, TWITCH_URL, 'twitch-live.html');
  await captureThread(desktop, page, '.chat-line__message:nth-last-child(10) .text-fragment');

  await expect.poll(() => finishedThread(evidence), { timeout: 90_000 }).toBeTruthy();
  const { threads, screens, posts } = await storedThreads(evidence);
  expect(threads[0]).toMatchObject({ platform: 'twitch', scroller: 'element' });
  expect(['end-of-thread', 'screen-limit']).toContain(threads[0]!.end);
  expect(screensVerify(screens)).toBe(true);
  // Old lines went from the top as new ones came: some screen records how far the page moved.
  expect(screens.some((screen) => (screen.seal!.pageMoved as number) !== 0)).toBe(true);
  const texts = posts.map((post) => (post.details as { text: string }).text);
  expect(new Set(texts).size).toBe(texts.length);
  await evidence.close();
});
