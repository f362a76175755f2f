import path from 'node:path';
import { closedShadowButton, closedShadowText } from './support/closed-shadow';
import { expect, openFixturePage, test } from './support/extension-test';

// A Mastodon instance: recognised by its markup, on a host Témoin does not declare.
const TIMELINE = path.resolve('tests/fixtures/sites/mastodon/home-timeline.html');
const URL = 'https://mastodon.social/home';
const POST = '.status[data-id="114149980000000222"] .status__content__text p';
const ENABLE = 'Activer sur mastodon.social…';

test('a capture on a site recognised by its markup offers to enable it, and the browser’s prompt does', async ({
  context,
  worker,
  extensionId,
  page,
  desktop,
}, testInfo) => {
  const evidence = await openFixturePage({ context, extensionId, page }, URL, TIMELINE);

  // Through activeTab alone: the screenshot, no post details, and the offer.
  await desktop.rightClick(POST);
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);
  const [first] = await evidence.captures();
  expect(first!.metadata.target.crop).toBe('site-not-enabled');
  expect(first!.metadata.post).toBeUndefined();
  await expect.poll(() => closedShadowButton(page, ENABLE)).not.toBeNull();
  const toast = await closedShadowText(page);
  expect(toast).toContain('Cette page ressemble à Mastodon');
  // What enabling it would have recorded: the author, an excerpt, the time.
  expect(toast).toContain('@troll_sudiste@autre.exemple');
  expect(toast).toContain('« Quelqu’un a encore regardé son stream ? Perte de temps totale');
  expect(toast).toMatch(/12 mars 2025/);
  desktop.screenshot(testInfo.outputPath('site-offer.png'));

  // One click in the toast opens Témoin's small window; its button asks the browser.
  const opened = context.waitForEvent('page');
  await desktop.clickBox((await closedShadowButton(page, ENABLE))!);
  const window = await opened;
  await window.waitForLoadState();
  expect(window.url()).toBe(
    `chrome-extension://${extensionId}/enable-site.html#origin=${encodeURIComponent('https://mastodon.social')}`,
  );
  await expect(window.getByRole('heading')).toHaveText('Activer Témoin sur mastodon.social');
  // « Autoriser… » has the focus: Enter, then the browser's own prompt, where « Refuser » has
  // the focus and « Autoriser » comes next.
  await desktop.press('Return');
  await page.waitForTimeout(800);
  desktop.screenshot(testInfo.outputPath('permission-prompt.png'));
  await desktop.press('Tab', 'Return');
  await expect
    .poll(() =>
      worker.evaluate(() =>
        chrome.permissions.contains({ origins: ['https://mastodon.social/*'] }),
      ),
    )
    .toBe(true);
  await expect(window.getByRole('status')).toContainText('Activé sur mastodon.social');
  // The site now runs the recorder, as the supported sites do.
  expect(
    await worker.evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.js),
    ),
  ).toEqual([[expect.stringMatching(/^\/?right-click-recorder\.js$/)]]);
  await window.close();

  // The same right-click now gives the post and its crop.
  await page.bringToFront();
  await page.reload();
  await desktop.rightClick(POST);
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await evidence.captures()).length).toBe(2);
  const second = (await evidence.captures()).find((capture) => capture.id !== first!.id)!;
  expect(second.metadata.target.crop).toBe('cropped');
  expect(second.metadata.post).toMatchObject({
    platform: 'mastodon',
    extractor: 'mastodon',
    authorHandle: '@troll_sudiste@autre.exemple',
  });
});

declare const chrome: {
  permissions: { contains(query: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ js?: string[] }>> };
};
