import {
  test as base,
  chromium,
  type BrowserContext,
  type Locator,
  type Page,
  type Worker,
} from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { closeWelcomePage } from '../../../scripts/welcome-page.mjs';
import { EvidenceReader } from './evidence';
import { xdotoolKeys } from './shortcut-keys';

// The worker's `chrome` global, as seen from code evaluated inside it.
declare const chrome: {
  contextMenus: { update(id: string, change: object, done: () => void): void };
  runtime: { lastError?: unknown };
};

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const EXTENSION_DIR = path.resolve(process.env.TEMOIN_EXTENSION_DIR ?? '.output/chrome-mv3');
export const FIXTURES = path.resolve('tests/fixtures/pages');

/** Chromium flags for a quiet, offline, reproducible browser with the extension loaded. */
export function chromiumArguments(extensionDir = EXTENSION_DIR): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--window-position=0,0',
    '--window-size=1280,900',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // No "unsupported command-line flag" bar (Playwright adds --no-sandbox as root).
    '--test-type',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
  ];
}

/**
 * Serves a fixture file at a real-looking address, so content-script matches fire. The file
 * is a name in tests/fixtures/pages or an absolute path.
 */
export async function serveFixture(context: BrowserContext, url: string, file: string) {
  const body = readFileSync(path.resolve(FIXTURES, file));
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}

/**
 * Opens the evidence reader (first, so the capture's tab stays the active one), serves a
 * fixture at a real address and shows it.
 */
export async function openFixturePage(
  { context, extensionId, page }: { context: BrowserContext; extensionId: string; page: Page },
  url: string,
  file: string,
): Promise<EvidenceReader> {
  const evidence = await EvidenceReader.open(context, extensionId);
  await serveFixture(context, url, file);
  await page.goto(url);
  await page.bringToFront();
  return evidence;
}

/** Drives the real X display as a person would: mouse and keyboard through xdotool. */
export class Desktop {
  constructor(private readonly page: Page) {}

  private xdotool(...args: string[]) {
    execFileSync('xdotool', args, { env: process.env });
  }

  /** Right-clicks the middle-left of an element, through the real mouse. */
  async rightClick(selector: string) {
    this.rightClickAt(await this.screenPoint(selector));
  }

  /** Where an element's middle-left is on the screen, once scrolled into view. */
  screenPoint(selector: string): Promise<{ x: number; y: number }> {
    return this.screenPointOf(this.page.locator(selector));
  }

  /** The same for any element, one inside a frame included. */
  async screenPointOf(element: Locator): Promise<{ x: number; y: number }> {
    await element.scrollIntoViewIfNeeded();
    const box = (await element.boundingBox())!;
    return this.onScreen({ x: box.x + Math.min(24, box.width / 2), y: box.y + box.height / 2 });
  }

  /** Clicks the middle of a box of the page's viewport with the real mouse. */
  async clickBox(box: { x: number; y: number; width: number; height: number }) {
    const { x, y } = await this.onScreen({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    this.xdotool('mousemove', String(x), String(y), 'click', '1');
  }

  /** Moves the real mouse to a point of the page's viewport. */
  async pointAt(point: { x: number; y: number }) {
    const { x, y } = await this.onScreen(point);
    this.xdotool('mousemove', String(x), String(y));
  }

  private async onScreen(point: { x: number; y: number }): Promise<{ x: number; y: number }> {
    const origin = await this.page.evaluate(() => ({
      x: window.screenX + (window.outerWidth - window.innerWidth) / 2,
      y: window.screenY + window.outerHeight - window.innerHeight,
    }));
    return { x: Math.round(origin.x + point.x), y: Math.round(origin.y + point.y) };
  }

  rightClickAt({ x, y }: { x: number; y: number }) {
    this.xdotool('mousemove', String(x), String(y), 'click', '3');
  }

  /** Right-click and menu choice in one go, as fast as a practised hand (page context). */
  captureByMenuAt({ x, y }: { x: number; y: number }) {
    this.xdotool(
      'mousemove',
      String(x),
      String(y),
      'mousedown',
      '3',
      'mouseup',
      '3',
      'sleep',
      '0.12',
      'key',
      'Up',
      'Up',
      'Up',
      'Return',
    );
  }

  /**
   * Picks "Capture as evidence" in the open native menu by keyboard. Counted from the bottom:
   * on a page it sits above "View page source" and "Inspect"; on a link or a selection,
   * above "Inspect" only; inside a frame, above "View page source", "View frame source",
   * "Reload frame" and "Inspect".
   */
  async chooseCapture(context: 'page' | 'link' | 'selection' | 'frame' = 'page') {
    await this.page.waitForTimeout(250);
    const ups = { page: 3, link: 2, selection: 2, frame: 5 }[context];
    this.xdotool('key', ...Array<string>(ups).fill('Up'), 'Return');
  }

  /** Presses keys on the real keyboard, one after the other, e.g. "alt+shift+d", "Tab". */
  async press(...keys: string[]) {
    this.xdotool('key', '--delay', '120', ...keys);
    await this.page.waitForTimeout(150);
  }

  /** Opens the real toolbar popup with its shortcut and waits for it to show. */
  async openPopup() {
    await this.press(xdotoolKeys('open-popup'));
    await this.page.waitForTimeout(600);
  }

  /** A picture of the whole screen, native menus included, for the test report. */
  screenshot(file: string) {
    execFileSync('import', ['-window', 'root', file], { env: process.env });
  }
}

/**
 * Headed Chromium under the test display with the extension loaded, in French and in Paris
 * time, on a throw-away profile or on `profile` to keep it between launches.
 */
export function launchChromium(profile = ''): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    args: chromiumArguments(),
    // Chromium on Linux takes its interface language from the environment, not from --lang.
    // The time zone too, so recorded offsets are not trivially +00:00.
    env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8', TZ: 'Europe/Paris' },
    locale: 'fr-FR',
  });
}

interface Fixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  page: Page;
  desktop: Desktop;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchChromium();
    // Its first install opens the welcome page (welcome.spec.ts checks it): each test starts
    // without it, on its own page.
    await closeWelcomePage(context);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await waitForMenu(worker);
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
  desktop: async ({ page }, use) => {
    await use(new Desktop(page));
  },
});

/**
 * Stops the extension's service worker, as Chrome does when it is idle or under memory
 * pressure. The next browser event (a menu click) starts it again.
 */
export async function stopServiceWorker(context: BrowserContext) {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const target of targetInfos.filter((info) => info.type === 'service_worker')) {
    await cdp.send('Target.closeTarget', { targetId: target.targetId });
  }
  await cdp.detach();
}

/** The worker can start before its menu exists: wait until the item can be updated. */
export async function waitForMenu(worker: Worker) {
  await worker.evaluate(async () => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const exists = await new Promise<boolean>((resolve) =>
        chrome.contextMenus.update('temoin-capture', {}, () => resolve(!chrome.runtime.lastError)),
      );
      if (exists) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The capture menu was never created');
  });
}

export { expect } from '@playwright/test';
