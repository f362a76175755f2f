import { closedShadowText } from './support/closed-shadow';
import { expect, test } from './support/extension-test';
import { chooseModeration, enableModeration, openThreadPage } from './support/threads';

const X_URL = 'https://x.com/compte_1/status/1800000000000000001';
const permalink = (index: number) =>
  `https://x.com/compte_${index % 11}/status/${1800000000000000000n + BigInt(index)}`;

test('the selection gives a box to the posts a feed loads later, in the keyboard order', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  await enableModeration(worker);
  // 15 posts, then 15 more each time the page nears its end.
  const evidence = await openThreadPage({ context, extensionId, page }, X_URL, 'x-lazy.html');
  await chooseModeration(desktop, page, 'article:nth-of-type(3) [data-testid="tweetText"]', 2);
  await expect.poll(() => closedShadowText(page)).toContain('0 message sélectionné sur 15');

  // Down the boxes with Tab: the last one brings the end of the feed into view, which loads more.
  await desktop.press(...Array<string>(12).fill('Tab'));
  await expect.poll(() => page.locator('article').count()).toBe(30);
  await expect.poll(() => closedShadowText(page)).toContain('0 message sélectionné sur 30');
  // The next Tab is the first post loaded later: Space ticks it.
  await desktop.press('Tab', 'space');
  await expect.poll(() => closedShadowText(page)).toContain('1 message sélectionné sur 30');
  // Back to the bar past the 16 boxes above it: « Annuler », then « Capturer la sélection ».
  await desktop.press(...Array<string>(17).fill('shift+Tab'), 'Return');

  await expect.poll(async () => (await evidence.captures()).length, { timeout: 30_000 }).toBe(1);
  const [capture] = await evidence.captures();
  expect(capture!.metadata.trigger).toBe('selection');
  expect(capture!.metadata.post?.permalink).toBe(permalink(15));
  await evidence.close();
});
