import type { BrowserContext, Page } from '@playwright/test';
import { expect, serveFixture, stopServiceWorker, test } from './support/extension-test';

const FEED_URL = 'https://www.reddit.com/r/temoin_fixture/';

test('a right-click starts a stopped service worker before the menu item is chosen', async ({
  context,
  page,
}) => {
  // No extension page is open: the popup would start the worker again as soon as it stops.
  await serveFixture(context, FEED_URL, 'feed.html');
  await page.goto(FEED_URL);
  await stopUntilQuiet(context, page);

  // The recorder's contextmenu listener, as a right-click triggers it; no menu item is chosen.
  await page.dispatchEvent('#post-red .text', 'contextmenu');
  await expect.poll(() => runningWorkers(context), { timeout: 10_000 }).toBe(1);
});

/**
 * Stops the worker and checks it stays stopped for a while: the tab's own events (its loading,
 * its title) can start it again just after a stop.
 */
async function stopUntilQuiet(context: BrowserContext, page: Page): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await stopServiceWorker(context);
    await page.waitForTimeout(2000);
    if ((await runningWorkers(context)) === 0) return;
  }
  throw new Error('The service worker kept starting again without a right-click');
}

/** The extension's service workers running now, as the browser lists its targets. */
async function runningWorkers(context: BrowserContext): Promise<number> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  return targetInfos.filter((info) => info.type === 'service_worker').length;
}
