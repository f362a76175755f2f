import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { EvidenceReader, readStoreInPage } from './support/evidence';
import { expect, serveFixture, test } from './support/extension-test';
import {
  chooseModeration,
  clickOverlayButton,
  enableModeration,
  screensVerify,
  storedThreads,
  THREAD_FIXTURES,
} from './support/threads';

// The worker's `chrome` global, as seen from code evaluated inside it.
declare const chrome: {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  permissions: { contains(query: { origins: string[] }): Promise<boolean> };
  action: { getBadgeText(details: { tabId?: number }): Promise<string> };
  tabs: { query(query: { active: boolean }): Promise<Array<{ id?: number }>> };
};

/** The badge's global text. */
const badgeText = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
/** The badge's text on the tab in view. */
const tabBadgeText = (worker: Worker) =>
  worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true });
    return chrome.action.getBadgeText({ tabId: tab!.id });
  });

const X_URL = 'https://x.com/compte_1/status/1800000000000000001';
const permalink = (index: number) =>
  `https://x.com/compte_${index % 11}/status/${1800000000000000000n + BigInt(index)}`;

async function openThread(
  { context, extensionId, page }: { context: BrowserContext; extensionId: string; page: Page },
  file = 'x-long.html',
) {
  const evidence = await EvidenceReader.open(context, extensionId);
  await serveFixture(context, X_URL, path.resolve(THREAD_FIXTURES, file));
  await page.goto(X_URL);
  await page.bringToFront();
  return evidence;
}

const read = (evidence: EvidenceReader, store: string) =>
  evidence.page.evaluate(readStoreInPage, { store });

/** Clicks « Annuler » until the running thread says it was cancelled (the overlay hides for each shot). */
async function cancelThread(page: Page, evidence: EvidenceReader) {
  await expect
    .poll(
      async () => {
        await clickOverlayButton(page, 'Annuler');
        const { threads } = await storedThreads(evidence);
        return threads.every((thread) => thread.status !== 'running');
      },
      { timeout: 40_000 },
    )
    .toBe(true);
}

const selectionShown = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-temoin-selection]') !== null);

test('with the moderation tools on, the native menu holds the four items in order', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  await enableModeration(worker);
  const evidence = await openThread({ context, extensionId, page });
  const post = 'article:nth-of-type(3) [data-testid="tweetText"]';

  // 1. « Capturer comme preuve »: one ordinary capture.
  await chooseModeration(desktop, page, post, 0);
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);
  expect((await evidence.captures())[0]!.metadata.trigger).toBe('context-menu');

  // 2. « Capturer tout le fil »: a thread, cancelled as soon as it runs.
  await chooseModeration(desktop, page, post, 1);
  await expect.poll(async () => (await storedThreads(evidence)).threads.length).toBe(1);
  await cancelThread(page, evidence);
  expect((await storedThreads(evidence)).threads[0]!.filteredBy).toBeUndefined();
  await page.keyboard.press('Escape');

  // 3. « Sélectionner des messages… »: the selection mode, which Escape leaves.
  await chooseModeration(desktop, page, post, 2);
  await expect.poll(() => selectionShown(page)).toBe(true);
  await desktop.press('Escape');
  await expect.poll(() => selectionShown(page)).toBe(false);

  // 4. « Tout ce qu'a écrit cet auteur ici »: a thread filtered by that author.
  await chooseModeration(desktop, page, post, 3);
  await expect.poll(async () => (await storedThreads(evidence)).threads.length).toBe(2);
  const filtered = (await storedThreads(evidence)).threads.find((thread) => thread.filteredBy);
  expect(filtered?.filteredBy).toMatchObject({ label: 'Compte 2 (@compte_2)' });
  await cancelThread(page, evidence);
  await evidence.close();
});

test('a selection made with the keyboard alone is captured post by post into one new case', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  await enableModeration(worker);
  const evidence = await openThread({ context, extensionId, page });
  await chooseModeration(desktop, page, 'article:nth-of-type(3) [data-testid="tweetText"]', 2);
  await expect.poll(() => selectionShown(page)).toBe(true);

  // The focus starts on the clicked post's box: Space ticks it, Tab goes to the next post's.
  await desktop.press('space', 'Tab', 'space', 'Tab', 'Tab', 'space');
  // Back past the first post's box to the bar: « Annuler », then « Capturer la sélection ».
  await desktop.press(...Array<string>(7).fill('shift+Tab'), 'Return');

  // The tab's badge says how far the selection has gone, then shows the count again.
  await expect
    .poll(() => tabBadgeText(worker), { timeout: 30_000, intervals: [100] })
    .toMatch(/^[1-3]\/3$/);
  await expect.poll(async () => (await evidence.captures()).length, { timeout: 30_000 }).toBe(3);
  await expect.poll(() => tabBadgeText(worker)).toBe('3');
  const captures = (await evidence.captures()).sort((a, b) =>
    a.capturedAt.localeCompare(b.capturedAt),
  );
  expect(captures.map((capture) => capture.metadata.post?.permalink)).toEqual([
    permalink(2),
    permalink(3),
    permalink(5),
  ]);
  for (const capture of captures) {
    expect(capture.metadata.trigger).toBe('selection');
    expect(capture.metadata.target.crop).toBe('cropped');
    expect(capture.metadata.target.cropArea?.width).toBeGreaterThan(100);
    const roles = (await evidence.files(capture.id)).map((file) => file.role).sort();
    expect(roles).toEqual(['page-screenshot', 'post-crop', 'thumbnail']);
  }
  // Each its own crop, cut from its own screenshot.
  const crops = await Promise.all(
    captures.map(async (capture) =>
      (await evidence.files(capture.id)).find((file) => file.role === 'post-crop'),
    ),
  );
  expect(new Set(crops.map((crop) => crop?.sha256)).size).toBe(3);
  // Two a second at most: the screenshots are spaced by the queue.
  const times = captures.map((capture) => Date.parse(capture.capturedAt));
  expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(450);

  const cases = await read(evidence, 'cases');
  expect(cases).toHaveLength(1);
  expect(String(cases[0]!.name)).toMatch(/^Fil fictif sur X/);
  for (const capture of captures) {
    const joined = (await evidence.custody(capture.id)).filter((entry) => entry.kind === 'case');
    expect(joined.map((entry) => (entry.data as { caseId: string }).caseId)).toEqual([
      cases[0]!.id,
    ]);
  }
  await evidence.close();
});

test('« Tout ce qu’a écrit cet auteur ici » goes through the thread and keeps only that author’s posts', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  await enableModeration(worker);
  const evidence = await openThread({ context, extensionId, page }, 'x-lazy.html');
  await page.locator('article:nth-of-type(8)').scrollIntoViewIfNeeded();
  await chooseModeration(desktop, page, 'article:nth-of-type(8) [data-testid="tweetText"]', 3);

  await expect
    .poll(async () => (await storedThreads(evidence)).threads[0]?.status, { timeout: 60_000 })
    .toBe('complete');
  const { threads, screens, posts } = await storedThreads(evidence);
  const ordered = posts.sort((a, b) => Number(a.order) - Number(b.order));
  // compte_7 wrote posts 7, 18, 29 and 40 of the 45: those alone are items.
  expect(ordered.map((post) => (post.details as { permalink: string }).permalink)).toEqual(
    [7, 18, 29, 40].map(permalink),
  );
  // Every screen of the thread is kept all the same, each hashed.
  expect(screens.length).toBeGreaterThan(2);
  expect(screensVerify(screens)).toBe(true);
  const filteredBy = { author: 'handle:x:@compte_7', label: 'Compte 7 (@compte_7)' };
  expect(threads[0]).toMatchObject({ filteredBy, seal: { filteredBy } });
  await evidence.close();
});

/** The tabs' queue as the background keeps it, in session storage. */
const tabQueueOf = (worker: Worker) =>
  worker.evaluate(async () => {
    const { tabQueue } = await chrome.storage.session.get('tabQueue');
    return tabQueue as {
      status: string;
      tabs: Array<{ url: string; state: string; reason?: string }>;
    } | null;
  });

test('« Capturer tous les onglets de cette fenêtre » asks once for every site and captures tab after tab', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}, testInfo) => {
  await enableModeration(worker);
  const evidence = await EvidenceReader.open(context, extensionId);
  const addresses = [
    X_URL,
    'https://forum.exemple.fr/sujet/42',
    'https://www.twitch.tv/leapixelle',
  ];
  await serveFixture(context, addresses[0]!, path.resolve(THREAD_FIXTURES, 'x-long.html'));
  await serveFixture(context, addresses[1]!, 'forum.html');
  await serveFixture(context, addresses[2]!, path.resolve(THREAD_FIXTURES, 'twitch-chat.html'));
  await page.goto(addresses[0]!);
  for (const address of addresses.slice(1)) await (await context.newPage()).goto(address);
  await (await context.newPage()).goto('chrome://version');
  await page.bringToFront();

  // The popup's page, in a tab of the window (itself skipped as a Témoin page): its button.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Capturer tous les onglets de cette fenêtre' }).click();
  // The browser's prompt, once (« Refuser » has the focus, « Autoriser » follows).
  await page.waitForTimeout(1200);
  desktop.screenshot(testInfo.outputPath('permission-prompt.png'));
  await desktop.press('Tab', 'Return');

  // The badge says how far the queue has gone, on every tab: « 1/6 » … « 6/6 ».
  await expect
    .poll(() => badgeText(worker), { timeout: 60_000, intervals: [100] })
    .toMatch(/^[1-6]\/6$/);
  await expect
    .poll(async () => (await tabQueueOf(worker))?.status, { timeout: 60_000 })
    .toBe('done');
  // Then the usual count again: the three captures.
  await expect.poll(() => badgeText(worker)).toBe('3');
  const queue = (await tabQueueOf(worker))!;
  expect(queue.tabs.filter((tab) => tab.state === 'stored').map((tab) => tab.url)).toEqual(
    addresses,
  );
  // The evidence reader's and the popup's tabs are Témoin's own pages: skipped, and named.
  expect(queue.tabs.filter((tab) => tab.reason === 'own-page')).toHaveLength(2);
  // chrome://version: the browser forbids it, and does not even say its address.
  expect(queue.tabs.filter((tab) => tab.reason === 'browser-page')).toMatchObject([
    { state: 'skipped' },
  ]);
  const captures = await evidence.captures();
  expect(captures.map((capture) => capture.metadata.page.url).sort()).toEqual(
    [...addresses].sort(),
  );
  expect(captures.every((capture) => capture.metadata.trigger === 'all-tabs')).toBe(true);
  const cases = await read(evidence, 'cases');
  expect(cases).toHaveLength(1);
  // The access to every site, asked for the queue, is given back once it ended.
  await expect
    .poll(() => worker.evaluate(() => chrome.permissions.contains({ origins: ['<all_urls>'] })))
    .toBe(false);

  // The popup, opened again, says how it went, by name: the state outlived the popup.
  const again = await context.newPage();
  await again.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(again.getByRole('status').filter({ hasText: 'Terminée.' })).toContainText(
    '3 onglets capturés sur 6.',
  );
  await expect(again.getByText(/Passé : « une page du navigateur »/)).toBeVisible();
  await evidence.close();
});
