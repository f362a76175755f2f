import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'puppeteer-core';

/**
 * Drives Firefox on the real X display as a person would: the mouse, the keyboard and the
 * address bar, through xdotool. Puppeteer only reads pages and clicks inside them.
 */
export class FirefoxDesktop {
  constructor(private readonly firefox: Browser) {}

  /**
   * Gives Firefox's window the keyboard focus, as a desktop's window manager would (Xvfb has
   * none): without it the toolbar popup never sees the keyboard.
   */
  focusWindow() {
    xdotool(
      'search',
      '--sync',
      '--onlyvisible',
      '--name',
      'Mozilla Firefox',
      'windowfocus',
      '--sync',
    );
  }

  /** Right-clicks the middle-left of an element and waits for the native menu to show. */
  async rightClick(page: Page, selector: string) {
    const element = (await page.waitForSelector(selector))!;
    await element.scrollIntoView();
    const box = (await element.boundingBox())!;
    // Where the page's viewport starts on the screen, below Firefox's own toolbars.
    const origin = await page.evaluate(() => {
      const screen = window as unknown as { mozInnerScreenX: number; mozInnerScreenY: number };
      return { x: screen.mozInnerScreenX, y: screen.mozInnerScreenY };
    });
    const x = Math.round(origin.x + box.x + Math.min(24, box.width / 2));
    const y = Math.round(origin.y + box.y + box.height / 2);
    await this.opening(() => xdotool('mousemove', String(x), String(y), 'click', '3'));
  }

  /** In the open menu of a page, picks Témoin's item: Firefox puts extensions' items last. */
  chooseCapture() {
    xdotool('key', 'Up', 'Return');
  }

  /** Presses keys on the real keyboard, e.g. "alt+shift+d", "Tab". */
  press(...keys: string[]) {
    xdotool('key', '--delay', '80', ...keys);
  }

  /** Presses keys that open a window of Firefox's own (a menu, the toolbar popup). */
  async pressToOpen(...keys: string[]) {
    await this.opening(() => this.press(...keys));
  }

  /**
   * Opens one of the add-on's pages in a new tab by typing its address, as a person can:
   * WebDriver BiDi refuses to navigate to moz-extension:// pages.
   */
  async typeAddress(url: string): Promise<Page> {
    const tab = await this.firefox.newPage();
    // Typing goes where the focus is: first the new tab's page, then the address bar.
    const pageHasFocus = () => tab.evaluate(() => document.hasFocus());
    await waitUntil(pageHasFocus, { is: true });
    xdotool('key', 'ctrl+l');
    await waitUntil(pageHasFocus, { is: false });
    xdotool('type', '--delay', '4', url);
    xdotool('key', 'Return');
    await waitUntil(() => tab.evaluate(() => `${location.href} ${document.readyState}`), {
      is: `${url} complete`,
    });
    return tab;
  }

  /** The tab showing an address, once it has loaded: for tabs the add-on opens itself. */
  async tabShowing(url: string): Promise<Page> {
    return waitUntil(async () => {
      for (const tab of await this.firefox.pages()) {
        // A tab still loading, or just closed, cannot answer yet.
        const shown = await tab
          .evaluate(() => `${location.href} ${document.readyState}`)
          .catch(() => 'not ready');
        if (shown === `${url} complete`) return tab;
      }
      return undefined;
    });
  }

  /** A picture of the whole screen, Firefox's menus and popup included, for the report. */
  screenshot(file: string) {
    execFileSync('import', ['-window', 'root', file], { env: process.env });
  }

  /** Does something that opens a new window (a menu, a popup) and waits until it shows. */
  private async opening(action: () => void) {
    const before = visibleWindows();
    action();
    await waitUntil(() => visibleWindows() > before, { is: true });
  }
}

function xdotool(...args: string[]): string {
  return execFileSync('xdotool', args, { env: process.env, encoding: 'utf8' });
}

/** How many windows are mapped on the display: a native menu or a popup adds its own. */
function visibleWindows(): number {
  try {
    return xdotool('search', '--onlyvisible', '--name', '.*').split('\n').filter(Boolean).length;
  } catch {
    // xdotool search exits with 1 when it finds nothing.
    return 0;
  }
}

/**
 * Polls until the probe gives the expected value (or any defined value), every 100 ms for at
 * most 15 s. A probe that throws (a page still navigating) counts as not yet.
 */
export async function waitUntil<Value>(
  probe: () => Value | Promise<Value>,
  expected?: { is: Value },
): Promise<NonNullable<Value>> {
  const deadline = Date.now() + 15_000;
  let last: unknown;
  for (;;) {
    try {
      last = await probe();
      if (expected ? last === expected.is : last !== undefined && last !== null) {
        return last as NonNullable<Value>;
      }
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Waited 15 s; last seen: ${String(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
