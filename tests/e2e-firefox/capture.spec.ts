import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { canonicalJson } from '../../lib/evidence/canonical-json';
import { SHORTCUTS } from '../../lib/shortcuts';
import { decodePng, sameRegion, sha256 } from '../e2e/support/pictures';
import { ADDON_ORIGIN, expect, showFixture, test } from './support/firefox-test';

const X_FIXTURE = path.resolve('tests/fixtures/sites/x/home-timeline');
const X_EXPECTED = JSON.parse(readFileSync(`${X_FIXTURE}.expected.json`, 'utf8')) as {
  url: string;
  posts: Array<{ target: string; expected: Record<string, unknown> }>;
};
const REPLY = X_EXPECTED.posts[1]!;
const { publishedAt, ...REPLY_DETAILS } = REPLY.expected;

test('the add-on installs with no manifest warning, starts its background page and logs no error', async ({
  desktop,
}) => {
  // The install itself fails on any manifest warning (see the fixture's preferences), and
  // the fixture checks the log when the test ends.
  const popup = await desktop.typeAddress(`${ADDON_ORIGIN}popup.html`);
  const started = await popup.evaluate(async () => {
    const background = await browser.runtime.getBackgroundPage();
    const commands = await browser.commands.getAll();
    return {
      language: browser.i18n.getUILanguage(),
      background: background?.document.readyState,
      shortcuts: commands.map(({ name, shortcut }) => ({ name, shortcut })),
    };
  });
  expect(started.language, 'Firefox in French needs firefox-esr-l10n-fr').toMatch(/^fr/);
  expect(started.background).toBe('complete');
  // Firefox took every suggested shortcut: none was refused as a clash.
  expect(started.shortcuts).toEqual(
    SHORTCUTS.map(({ command, keys }) => ({
      name: command === 'open-popup' ? '_execute_browser_action' : command,
      shortcut: keys,
    })),
  );
  await expect.poll(() => popup.evaluate(() => document.body.innerText)).toContain('Témoin');
});

test('a right-click capture is stored with its files and hashes; the popup and the library show it, « Vérifier » says intact, its export checks', async ({
  tab,
  desktop,
  evidence,
  downloads,
}, testInfo) => {
  await showFixture(tab, X_EXPECTED.url, `${X_FIXTURE}.html`);
  await desktop.rightClick(tab, REPLY.target);
  desktop.screenshot(testInfo.outputPath('native-menu.png'));
  desktop.chooseCapture();

  await expect.poll(async () => (await evidence.captures()).length).toBe(1);
  const [capture] = await evidence.captures();
  const { metadata } = capture!;
  expect(metadata).toMatchObject({
    schema: 'temoin.capture/1',
    trigger: 'context-menu',
    menuContext: 'page',
    page: { url: X_EXPECTED.url, language: 'fr' },
    target: { crop: 'cropped' },
    post: { ...REPLY_DETAILS, published: { kind: 'absolute', at: publishedAt } },
  });
  expect(metadata.environment.browserName).toMatch(/firefox/i);
  expect(capture!.metadataSha256).toBe(sha256(canonicalJson(metadata)));

  const files = await evidence.files(capture!.id);
  expect(files.map((file) => file.role).sort()).toEqual([
    'page-screenshot',
    'post-crop',
    'thumbnail',
  ]);
  for (const file of files) expect(sha256(file.bytes)).toBe(file.sha256);
  const screenshotFile = files.find((file) => file.role === 'page-screenshot')!;
  const postCropFile = files.find((file) => file.role === 'post-crop')!;
  expect(metadata.files).toEqual([
    expect.objectContaining({ role: 'page-screenshot', sha256: screenshotFile.sha256 }),
  ]);

  // Firefox's screenshot is the whole visible page, and the crop is exactly the post in it.
  const screenshot = decodePng(screenshotFile.bytes);
  const viewport = await tab.evaluate(() => ({
    width: Math.round(window.innerWidth * devicePixelRatio),
    height: Math.round(window.innerHeight * devicePixelRatio),
  }));
  expect([screenshot.width, screenshot.height]).toEqual([viewport.width, viewport.height]);
  const crop = decodePng(postCropFile.bytes);
  const area = metadata.target.cropArea!;
  expect([area.width, area.height]).toEqual([crop.width, crop.height]);
  expect(sameRegion(crop, screenshot, area.x, area.y)).toBe(true);

  await test.step('the popup shows it, with its pictures, and « Vérifier » says intact', async () => {
    const popup = await desktop.typeAddress(`${ADDON_ORIGIN}popup.html`);
    await popup.locator(`[data-capture-id="${capture!.id}"]`).click();
    await expect
      .poll(() => textOf(popup, '[data-hash-of="post-crop"]'))
      .toContain(postCropFile.sha256);
    await expect.poll(() => drawnPictures(popup)).toBeGreaterThan(0);
    await (await named(popup, 'button', 'Vérifier')).click();
    await expect.poll(() => textOf(popup, '[role="status"]')).toContain('Intacte');
    await popup.screenshot({ path: testInfo.outputPath('popup-detail.png'), fullPage: true });
  });

  await test.step('the library lists it, « Vérifier » says intact, its ZIP export checks', async () => {
    const library = await desktop.typeAddress(`${ADDON_ORIGIN}library.html`);
    const row = `.capture-row[data-capture-id="${capture!.id}"]`;
    await expect.poll(() => textOf(library, row)).toContain('@raleur_fictif');
    await library.locator(`${row} .open`).click();
    await expect
      .poll(() => textOf(library, '[data-hash-of="page-screenshot"]'))
      .toContain(screenshotFile.sha256);
    await expect.poll(() => drawnPictures(library)).toBeGreaterThan(0);
    await (await named(library, 'button', 'Vérifier')).click();
    await expect.poll(() => textOf(library, '[role="status"]')).toContain('Intacte');

    await (await named(library, 'label', 'Tout sélectionner')).click();
    await (await named(library, 'button', 'Exporter (ZIP vérifiable)')).click();
    await expect.poll(() => wholeZipIn(downloads)).toMatch(/^temoin-export-\d{8}T\d{6}\.zip$/);
    const zip = wholeZipIn(downloads)!;
    const out = path.join(downloads, 'export');
    execFileSync('unzip', ['-q', path.join(downloads, zip), '-d', out]);
    const check = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect(check).not.toMatch(/FAILED/);
    expect(readFileSync(path.join(out, 'SHA256SUMS'), 'utf8')).toContain(screenshotFile.sha256);

    // The library's check of that export runs in its worker, crop comparison included.
    const input = (await library.$('input[type="file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path.join(downloads, zip));
    await expect
      .poll(() => textOf(library, '[data-verification="ok"]'), { timeout: 15_000 })
      .toContain('1 preuve');
  });
});

/**
 * The name of the downloaded ZIP once Firefox has finished it: while it writes, it keeps an
 * empty file under the final name beside a .part file; a whole ZIP ends with its directory.
 */
function wholeZipIn(folder: string): string | undefined {
  const files = readdirSync(folder);
  if (files.length !== 1 || !files[0]!.endsWith('.zip')) return undefined;
  const bytes = readFileSync(path.join(folder, files[0]!));
  const endOfDirectory = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
  return bytes.lastIndexOf(endOfDirectory) >= 0 ? files[0] : undefined;
}

/** The text of every element matching a selector, one line each ('' while there is none). */
function textOf(page: Page, selector: string): Promise<string> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .map((node) => node.innerText)
        .join('\n'),
    selector,
  );
}

/** The element whose whole text is the name (« Vérifier », not « Vérifier un export »). */
async function named(page: Page, selector: string, name: string): Promise<ElementHandle> {
  const element = await page.waitForFunction(
    (selector, name) =>
      [...document.querySelectorAll(selector)].find((node) => node.textContent?.trim() === name),
    {},
    selector,
    name,
  );
  return element as ElementHandle;
}

/** How many of the capture's pictures the page really drew. */
function drawnPictures(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLImageElement>('img[src^="blob:"]')].filter(
        (image) => image.complete && image.naturalWidth > 0,
      ).length,
  );
}

// The add-on's API, as seen from code evaluated inside one of its pages.
declare const browser: {
  i18n: { getUILanguage(): string };
  runtime: { getBackgroundPage(): Promise<Window | null> };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
};
