import { test as base, expect } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { EvidenceReader, readStoreInPage } from '../../e2e/support/evidence';
import { AddonLog } from './addon-log';
import { FirefoxDesktop } from './firefox-desktop';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_DIR = path.resolve(process.env.TEMOIN_FIREFOX_DIR ?? '.output/firefox-mv2');
if (!existsSync(path.join(ADDON_DIR, 'manifest.json'))) {
  throw new Error(`No Firefox build in ${ADDON_DIR}: run npm run build:firefox first.`);
}
const manifest = JSON.parse(readFileSync(path.join(ADDON_DIR, 'manifest.json'), 'utf8')) as {
  browser_specific_settings: { gecko: { id: string } };
};
export const ADDON_ID = manifest.browser_specific_settings.gecko.id;
/** Fixed by a preference, so the add-on's pages have a known address. */
export const ADDON_ORIGIN = 'moz-extension://4f0c3b6e-7a52-4c1e-9d2b-5e8a1f3c7d90/';

interface WorkerFixtures {
  /** One Firefox for all the tests: starting it is the slowest step by far. */
  firefox: Browser;
  /** Where Firefox saves downloads, without asking. */
  downloads: string;
}

interface Fixtures {
  /** Installs the add-on afresh for the test, and keeps what Firefox prints about it. */
  addonLog: AddonLog;
  /** The tab that shows the test's web page, the one captured. */
  tab: Page;
  desktop: FirefoxDesktop;
  /** Reads the evidence database from one of the add-on's pages, in its own tab. */
  evidence: EvidenceReader<Page>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  downloads: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const folder = mkdtempSync(path.join(tmpdir(), 'temoin-firefox-downloads-'));
      await use(folder);
      rmSync(folder, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  firefox: [
    async ({ downloads }, use) => {
      const firefox = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        // The native context menu and the shortcuts need a real window (Xvfb in tests).
        headless: false,
        defaultViewport: null,
        args: ['--width=1280', '--height=900'],
        env: { ...process.env, LANG: 'fr_FR.UTF-8', LANGUAGE: 'fr', TZ: 'Europe/Paris' },
        extraPrefsFirefox: {
          'intl.locale.requested': 'fr',
          'extensions.webextensions.uuids': JSON.stringify({
            [ADDON_ID]: new URL(ADDON_ORIGIN).host,
          }),
          // Any warning about the manifest makes the install fail, instead of a line in a console.
          'extensions.webextensions.warnings-as-errors': true,
          'devtools.console.stdout.content': true,
          // Offline: whatever a page or Firefox asks of the network goes to a closed port, and
          // the address bar never turns what it is given into a web search.
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': 9,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': 9,
          'keyword.enabled': false,
          // Each test removes the add-on, which erases its database, and installs it again at
          // the same address.
          'extensions.webextensions.keepUuidOnUninstall': true,
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
        },
      });
      new FirefoxDesktop(firefox).focusWindow();
      await use(firefox);
      await firefox.close();
    },
    { scope: 'worker' },
  ],
  addonLog: async ({ firefox }, use, testInfo) => {
    const log = new AddonLog(firefox.process()!, ADDON_ORIGIN);
    const before = await firefox.pages();
    await firefox.installExtension(ADDON_DIR);
    await closeWelcomePage(firefox, before);
    await use(log);
    log.stop();
    writeFileSync(testInfo.outputPath('firefox.log'), log.text);
    // Every test also checks that the add-on logged no error while it ran.
    expect(log.problems()).toEqual([]);
    await firefox.uninstallExtension(ADDON_ID);
  },
  tab: async ({ firefox, addonLog: _installed }, use) => {
    const tab = await firefox.newPage();
    await use(tab);
    // The next test starts with one blank tab: a window without tabs would close Firefox.
    const blank = await firefox.newPage();
    for (const page of await firefox.pages()) {
      if (page !== blank && !page.isClosed()) await page.close();
    }
  },
  desktop: async ({ firefox, addonLog: _installed }, use) => {
    await use(new FirefoxDesktop(firefox));
  },
  evidence: async ({ desktop, tab }, use) => {
    const reader = await desktop.typeAddress(`${ADDON_ORIGIN}popup.html`);
    // The tab under test stays the active one: captures take what is shown.
    await tab.bringToFront();
    await use(new EvidenceReader(reader, (query) => reader.evaluate(readStoreInPage, query)));
  },
});

/**
 * Témoin opens its welcome page in a new tab when it is installed, once per profile. Over
 * WebDriver BiDi that tab shows as about:blank (Firefox hides moz-extension:// addresses from
 * it), so the tab that appears after the install is the one closed: the tabs a test opens
 * then keep the focus.
 */
async function closeWelcomePage(firefox: Browser, before: readonly Page[]) {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const opened = (await firefox.pages()).filter((page) => !before.includes(page));
    if (opened.length > 0) return Promise.all(opened.map((page) => page.close()));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

/**
 * Shows an offline fixture at its real address: the page's own request is answered from the
 * file, and every other request from the page is refused, so nothing reaches the network.
 */
export async function showFixture(page: Page, url: string, file: string) {
  const body = readFileSync(path.resolve(file));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith('data:')) return void request.continue();
    if (request.url() === url) {
      return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    }
    void request.respond({ status: 404, contentType: 'text/plain', body: 'Offline test' });
  });
  await page.goto(url);
}

export { expect };
