import { expect, test } from './support/extension-test';
import {
  badCrops,
  bandsOfColour,
  stitchedParts,
  clickOverlayButton,
  enableModeration,
  waitForThreadMenu,
  screensVerify,
  storedThreads,
  captureThread,
  finishedThread,
  openThreadPage,
} from './support/threads';

const X_URL = 'https://x.com/compte_1/status/1800000000000000001';
const TWITCH_URL = 'https://www.twitch.tv/leapixelle';

test('the settings checkbox adds « Capturer tout le fil », which keeps an X thread post by post', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel(/^Outils de modération/).check();
  await expect(options.getByText('Réglages enregistrés.').first()).toBeVisible();
  await options.close();
  await waitForThreadMenu(worker);

  const evidence = await openThreadPage({ context, extensionId, page }, X_URL, 'x-lazy.html');
  await page.locator('article:nth-of-type(8)').scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  await captureThread(desktop, page, 'article:nth-of-type(8) [data-testid="tweetText"]');

  await expect.poll(() => finishedThread(evidence), { timeout: 60_000 }).toBeTruthy();
  const { threads, screens, posts } = await storedThreads(evidence);
  expect(threads).toHaveLength(1);
  expect(threads[0]).toMatchObject({
    status: 'complete',
    end: 'end-of-thread',
    platform: 'x',
    scroller: 'page',
  });
  // Every post of the lazily loaded thread, once each, in order, with its permalink.
  const ordered = posts.sort((a, b) => Number(a.order) - Number(b.order));
  expect(ordered.map((post) => (post.details as { permalink: string }).permalink)).toEqual(
    Array.from(
      { length: 45 },
      (_, index) =>
        `https://x.com/compte_${index % 11}/status/${1800000000000000000n + BigInt(index)}`,
    ),
  );
  expect(
    ordered
      .filter((post) => !post.whole)
      .map((post) => [post.order, post.screenIndex, post.cropArea]),
  ).toEqual([]);
  expect(screens.length).toBeGreaterThan(2);
  expect(screensVerify(screens)).toBe(true);
  expect(threads[0]!.seal).toMatchObject({
    status: 'complete',
    posts: ordered.map((post) => post.key),
  });
  expect((threads[0]!.seal!.screens as unknown[]).length).toBe(screens.length);
  // One stitched picture, derived from the screens: the sticky header in one band only, at
  // its top, as tall as the header (53 px at this page's zoom of 1).
  const { files } = await storedThreads(evidence);
  const parts = stitchedParts(files, screens);
  expect(parts.length).toBeGreaterThanOrEqual(1);
  expect(bandsOfColour(parts, 8, [0, 0, 145])).toEqual([{ top: 0, height: 53 }]);
  expect((threads[0]!.seal!.stitched as unknown[]).length).toBe(parts.length);
  // Each post cut from its screen as a file of its own, the very pixels of its area.
  expect(files.filter((file) => file.role === 'post-crop')).toHaveLength(45);
  expect(badCrops(ordered, screens, files)).toEqual([]);
  // The page is put back: where it was, its sticky header shown again.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
  expect(
    await page.locator('header').evaluate((header) => getComputedStyle(header).visibility),
  ).toBe('visible');
  await evidence.close();
});

test('a Twitch-style chat is gone through in its own scroller, every line kept once', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  await enableModeration(worker);
  const evidence = await openThreadPage(
    { context, extensionId, page },
    TWITCH_URL,
    'twitch-chat.html',
  );
  const chat = page.locator('[role="log"]');
  await chat.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  const before = await chat.evaluate((element) => element.scrollTop);
  await captureThread(desktop, page, '.chat-line__message:nth-last-child(3) .text-fragment');

  await expect.poll(() => finishedThread(evidence), { timeout: 60_000 }).toBeTruthy();
  const { threads, screens, posts } = await storedThreads(evidence);
  expect(threads[0]).toMatchObject({ status: 'complete', platform: 'twitch', scroller: 'element' });
  const texts = posts.map((post) => (post.details as { text: string }).text);
  expect(new Set(texts).size).toBe(80);
  expect(texts).toHaveLength(80);
  expect(screensVerify(screens)).toBe(true);
  await expect.poll(() => chat.evaluate((element) => element.scrollTop)).toBe(before);
  await evidence.close();
});

test('a chat cut by the window’s top edge is brought into view, so its first lines are kept too', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  await enableModeration(worker);
  const evidence = await openThreadPage(
    { context, extensionId, page },
    TWITCH_URL,
    'twitch-chat.html',
  );
  // The page scrolls, and the chat (600 px) starts 200 px above the window's top.
  await page.addStyleTag({
    content:
      'body{overflow:auto}.layout{display:block;height:auto;padding:600px 0 1200px}' +
      '.stream-chat{height:600px}',
  });
  await page.evaluate(() => window.scrollTo(0, 800));
  const chat = page.locator('[role="log"]');
  expect(await chat.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(0);
  await captureThread(desktop, page, '.chat-line__message:nth-child(8) .text-fragment');

  await expect.poll(() => finishedThread(evidence), { timeout: 60_000 }).toBeTruthy();
  const { threads, screens, posts, files } = await storedThreads(evidence);
  expect(threads[0]).toMatchObject({ status: 'complete', scroller: 'element' });
  const texts = posts.map((post) => (post.details as { text: string }).text);
  expect(new Set(texts).size).toBe(80);
  expect(texts).toHaveLength(80);
  expect(posts.filter((post) => !post.whole)).toEqual([]);
  expect(badCrops(posts, screens, files)).toEqual([]);
  // Every screen shows the chat wholly, and the picture is as wide as the chat.
  for (const screen of screens) {
    const area = screen.seal!.scrollerArea as { y: number; height: number };
    expect(area.y).toBeGreaterThanOrEqual(0);
    expect(area.y + area.height).toBeLessThanOrEqual(800);
  }
  const parts = stitchedParts(files, screens);
  const area = screens[0]!.seal!.scrollerArea as { width: number };
  expect(parts[0]!.width).toBe(Math.round(area.width));
  // The page is put back where it was.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(800);
  await evidence.close();
});

test('Annuler in the overlay stops the thread at once and keeps what was shot', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  await enableModeration(worker);
  const evidence = await openThreadPage({ context, extensionId, page }, X_URL, 'x-long.html');
  await captureThread(desktop, page, 'article:nth-of-type(3) [data-testid="tweetText"]');
  await expect
    .poll(async () => (await storedThreads(evidence)).screens.length)
    .toBeGreaterThanOrEqual(2);
  await expect.poll(() => clickOverlayButton(page, 'Annuler'), { timeout: 10_000 }).toBe(true);
  const atClick = (await storedThreads(evidence)).screens.length;

  // Sealing waits for the stitched picture (seconds of PNG encoding on a busy machine); that
  // the capture stopped at once is what the screen counts below check.
  await expect.poll(() => finishedThread(evidence), { timeout: 30_000 }).toBeTruthy();
  const { threads, screens } = await storedThreads(evidence);
  expect(threads[0]).toMatchObject({ status: 'cancelled', end: 'cancelled' });
  // At once: only screens already shot (one being stored, one in the queue) land after it.
  expect(screens.length).toBeLessThanOrEqual(atClick + 2);
  expect(screensVerify(screens)).toBe(true);
  const count = screens.length;
  await page.waitForTimeout(1500);
  expect((await storedThreads(evidence)).screens).toHaveLength(count);
  await evidence.close();
});

test('a tab closed mid-thread leaves its screens kept and the thread marked interrupted', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  await enableModeration(worker);
  const evidence = await openThreadPage({ context, extensionId, page }, X_URL, 'x-long.html');
  await captureThread(desktop, page, 'article:nth-of-type(3) [data-testid="tweetText"]');
  await expect
    .poll(async () => (await storedThreads(evidence)).screens.length)
    .toBeGreaterThanOrEqual(3);
  await page.close();

  await expect.poll(() => finishedThread(evidence), { timeout: 10_000 }).toBeTruthy();
  const { threads, screens } = await storedThreads(evidence);
  expect(threads[0]).toMatchObject({ status: 'interrupted', end: 'tab-closed' });
  expect(screens.length).toBeGreaterThanOrEqual(3);
  expect(screensVerify(screens)).toBe(true);
  expect((threads[0]!.seal!.screens as unknown[]).length).toBe(screens.length);
  await evidence.close();
});
