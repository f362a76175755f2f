import { expect, openFixturePage, test } from './support/extension-test';
import { xdotoolKeys } from './support/shortcut-keys';

const FEED_URL = 'https://www.reddit.com/r/temoin_fixture/';

test('each default shortcut works: capture the tab, the toolbar popup, the library', async ({
  context,
  extensionId,
  page,
  desktop,
}, testInfo) => {
  const evidence = await openFixturePage({ context, extensionId, page }, FEED_URL, 'feed.html');

  await desktop.press(xdotoolKeys('capture-tab'));
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);

  // With text selected, the shortcut crops the post holding the selection.
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#post-green .text')!);
    document.getSelection()!.addRange(range);
  });
  await desktop.press(xdotoolKeys('capture-tab'));
  await expect.poll(async () => (await evidence.captures()).length).toBe(2);

  // The real popup, by keyboard only: its first control is "Capturer cet onglet".
  await desktop.openPopup();
  desktop.screenshot(testInfo.outputPath('toolbar-popup.png'));
  await desktop.press('Tab', 'Return');
  await expect.poll(async () => (await evidence.captures()).length).toBe(3);

  const captures = (await evidence.captures()).sort((a, b) =>
    a.capturedAt.localeCompare(b.capturedAt),
  );
  expect(captures.map((capture) => capture.metadata.trigger)).toEqual([
    'shortcut',
    'shortcut',
    'popup',
  ]);
  expect(captures[0]!.metadata.target.crop).toBe('no-post-found');
  expect(captures[1]!.metadata.target).toMatchObject({
    crop: 'cropped',
    selectionText: expect.stringContaining('Message fictif numéro deux'),
  });

  await desktop.press('Escape');
  const [library] = await Promise.all([
    context.waitForEvent('page', (opened) => opened.url().endsWith('/library.html')),
    desktop.press(xdotoolKeys('open-library')),
  ]);
  await expect(library.locator('.capture-row')).toHaveCount(3);
});

test('post cropping can be enabled on another site, through its optional permission', async ({
  context,
  worker,
  extensionId,
  page,
  desktop,
}, testInfo) => {
  const url = 'https://forum.exemple.test/discussion/1';
  const evidence = await openFixturePage({ context, extensionId, page }, url, 'forum.html');

  await desktop.openPopup();
  // "Capturer cet onglet", then "Activer le recadrage des publications sur forum.exemple.test".
  await desktop.press('Tab', 'Tab', 'Return');
  await page.waitForTimeout(800);
  desktop.screenshot(testInfo.outputPath('permission-prompt.png'));
  // The browser's own prompt: "Refuser" has the focus, "Autoriser" comes next.
  await desktop.press('Tab', 'Return');
  await expect
    .poll(() =>
      worker.evaluate(() =>
        chrome.permissions.contains({ origins: ['https://forum.exemple.test/*'] }),
      ),
    )
    .toBe(true);

  // Once the site's recorder is registered, a reload runs it: it sees the right-click, and
  // the post is cropped.
  await expect
    .poll(() =>
      worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length),
    )
    .toBe(1);
  await page.reload();
  await desktop.rightClick('#message-2 p');
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);
  const [capture] = await evidence.captures();
  expect(capture!.metadata.target).toMatchObject({ crop: 'cropped' });
});

declare const chrome: {
  permissions: { contains(query: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
};
