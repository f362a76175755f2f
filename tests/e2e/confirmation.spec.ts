import { closedShadowButton } from './support/closed-shadow';
import { expect, openFixturePage, test } from './support/extension-test';
import { decodePng, pixelAt } from './support/pictures';

const FEED_URL = 'https://www.reddit.com/r/temoin_fixture/';
/** What a page can do to hide or restyle what an extension adds to it. */
const HOSTILE_STYLE = `
  html > div, [data-temoin-confirmation] { display: none !important; opacity: 0 !important; }
  * { color: red !important; background: yellow !important; font-size: 40px !important; }`;
const ACCENT = [0x00, 0x00, 0x91];

test('the confirmation resists the page’s styles, is announced, waits while pointed at, and « Voir » opens the capture', async ({
  context,
  extensionId,
  page,
  desktop,
}, testInfo) => {
  const evidence = await openFixturePage({ context, extensionId, page }, FEED_URL, 'feed.html');
  await desktop.rightClick('#post-red .text');
  await desktop.chooseCapture('page');
  await page.addStyleTag({ content: HOSTILE_STYLE });
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);
  const [capture] = await evidence.captures();

  // Drawn as Témoin draws it, whatever the page's rules say.
  await expect.poll(() => closedShadowButton(page, 'Voir')).not.toBeNull();
  const view = (await closedShadowButton(page, 'Voir'))!;
  const shot = decodePng(await page.screenshot());
  expect(pixelAt(shot, view.x + 3, view.y + view.height / 2)).toEqual(ACCENT);

  // Screen readers are told: a live region of role status holds the title.
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const status = nodes.find((node) => node.role?.value === 'status');
  expect(status).toBeDefined();
  expect(nodes.some((node) => node.name?.value === 'Preuve enregistrée')).toBe(true);

  // Pointed at, it stays past its six seconds.
  await desktop.pointAt({ x: view.x + view.width / 2, y: view.y + view.height / 2 });
  await page.waitForTimeout(7000);
  expect(await closedShadowButton(page, 'Voir')).not.toBeNull();
  desktop.screenshot(testInfo.outputPath('confirmation-held.png'));

  // « Voir » opens the library on this capture.
  const opened = context.waitForEvent('page');
  await desktop.clickBox(view);
  const library = await opened;
  await library.waitForLoadState();
  expect(library.url()).toBe(
    `chrome-extension://${extensionId}/library.html#capture=${capture!.id}`,
  );
  const screenshotHash = capture!.metadata.files[0]!.sha256;
  await expect(library.locator('[data-hash-of="page-screenshot"]')).toContainText(screenshotHash);
});
