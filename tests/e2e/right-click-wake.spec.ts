import type { BrowserContext } from '@playwright/test';
import { expect, openFixturePage, stopServiceWorker, test } from './support/extension-test';

const FEED_URL = 'https://www.reddit.com/r/temoin_fixture/';

test('a right-click starts a stopped service worker before the menu item is chosen', async ({
  context,
  extensionId,
  page,
}) => {
  await openFixturePage({ context, extensionId, page }, FEED_URL, 'feed.html');
  await stopServiceWorker(context);
  await expect.poll(() => runningWorkers(context)).toBe(0);
  // Nothing else starts it meanwhile.
  await page.waitForTimeout(1500);
  expect(await runningWorkers(context)).toBe(0);

  // The recorder's contextmenu listener, as a right-click triggers it; no menu item is chosen.
  await page.dispatchEvent('#post-red .text', 'contextmenu');
  await expect.poll(() => runningWorkers(context), { timeout: 10_000 }).toBe(1);
});

/** The extension's service workers running now, as the browser lists its targets. */
async function runningWorkers(context: BrowserContext): Promise<number> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  return targetInfos.filter((info) => info.type === 'service_worker').length;
}
