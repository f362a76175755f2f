import path from 'node:path';
import { readStoreInPage } from '../e2e/support/evidence';
import { expect, showFixture, test } from './support/firefox-test';

// The add-on's `browser` global, as seen from code evaluated in its pages.
declare const browser: { storage: { local: { set(values: object): Promise<void> } } };

const X_URL = 'https://x.com/compte_1/status/1800000000000000001';
const X_LAZY = path.resolve('tests/fixtures/threads/x-lazy.html');
const permalink = (index: number) =>
  `https://x.com/compte_${index % 11}/status/${1800000000000000000n + BigInt(index)}`;

const moderationOn = () =>
  browser.storage.local.set({ moderation: { enabled: true, screenLimit: 60, reveal: [] } });

test('with the moderation tools on, « Capturer tout le fil » keeps a lazily loaded X thread post by post', async ({
  tab,
  desktop,
  evidence,
}) => {
  await evidence.page.evaluate(moderationOn);
  await showFixture(tab, X_URL, X_LAZY);
  await desktop.rightClick(tab, 'article:nth-of-type(3) [data-testid="tweetText"]');
  // Témoin's group is the menu's last item; its second item is the thread.
  desktop.press('Up', 'Right', 'Down', 'Return');

  const threads = () => evidence.page.evaluate(readStoreInPage, { store: 'threads' });
  await expect.poll(async () => (await threads())[0]?.status, { timeout: 60_000 }).toBe('complete');
  const posts = (await evidence.page.evaluate(readStoreInPage, { store: 'threadPosts' })).sort(
    (a, b) => Number(a.order) - Number(b.order),
  );
  expect(posts.map((post) => (post.details as { permalink: string }).permalink)).toEqual(
    Array.from({ length: 45 }, (_, index) => permalink(index)),
  );
});

test('a selection made with the keyboard alone is captured post by post', async ({
  tab,
  desktop,
  evidence,
}) => {
  await evidence.page.evaluate(moderationOn);
  await showFixture(tab, X_URL, X_LAZY);
  await desktop.rightClick(tab, 'article:nth-of-type(3) [data-testid="tweetText"]');
  // « Sélectionner des messages… », the group's third item.
  desktop.press('Up', 'Right', 'Down', 'Down', 'Return');
  await expect
    .poll(() => tab.evaluate(() => document.querySelector('[data-temoin-selection]') !== null))
    .toBe(true);

  // The focus starts on the clicked post's box: Space ticks it, Tab goes to the next post's.
  desktop.press('space', 'Tab', 'space');
  // Back past the first post's box to the bar: « Annuler », then « Capturer la sélection ».
  desktop.press(...Array<string>(5).fill('shift+Tab'), 'Return');

  await expect.poll(async () => (await evidence.captures()).length, { timeout: 30_000 }).toBe(2);
  const captures = (await evidence.captures()).sort((a, b) =>
    a.capturedAt.localeCompare(b.capturedAt),
  );
  expect(captures.map((capture) => capture.metadata.post?.permalink)).toEqual([
    permalink(2),
    permalink(3),
  ]);
  expect(captures.every((capture) => capture.metadata.trigger === 'selection')).toBe(true);
});
