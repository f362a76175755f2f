import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COLOR_SCHEMES } from './support/accessibility';
import { Desktop, expect, openFixturePage, test } from './support/extension-test';

const X_FIXTURE = path.resolve('tests/fixtures/sites/x/home-timeline');
const X_EXPECTED = JSON.parse(readFileSync(`${X_FIXTURE}.expected.json`, 'utf8')) as {
  url: string;
  posts: Array<{ target: string }>;
};
// A page address far longer than a popup is wide, with no place to break.
const LONG_URL = `${X_EXPECTED.url}?from=${'a1b2c3d4e5'.repeat(30)}`;

/** Two captures of the X fixture, one of them at a very long address; their ids, oldest first. */
async function twoCaptures(fixtures: {
  context: BrowserContext;
  extensionId: string;
  page: Page;
  desktop: Desktop;
}): Promise<string[]> {
  const evidence = await openFixturePage(fixtures, LONG_URL, `${X_FIXTURE}.html`);
  for (const [index, post] of X_EXPECTED.posts.slice(0, 2).entries()) {
    await fixtures.desktop.rightClick(post.target);
    await fixtures.desktop.chooseCapture('page');
    await expect.poll(async () => (await evidence.captures()).length).toBe(index + 1);
  }
  const captures = await evidence.captures();
  return captures.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)).map(({ id }) => id);
}

/** How far the page scrolls sideways: 0 when nothing sticks out. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Keeps a picture of the page in both colour schemes, to look at. */
async function pictures(page: Page, name: string) {
  for (const scheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: test.info().outputPath(`${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: null });
}

test('at 400 px the library folds its filters, lists before the detail and shows the detail opened', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  await twoCaptures({ context, extensionId, page, desktop });
  const library = await context.newPage();
  await library.setViewportSize({ width: 400, height: 800 });
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('.capture-row')).toHaveCount(2);

  const toggle = library.getByRole('button', { name: 'Filtres' });
  const search = library.getByRole('searchbox', { name: 'Rechercher' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(search).toBeHidden();
  const listTop = (await library.locator('.library-results').boundingBox())!.y;
  expect(listTop).toBeLessThan(300);
  expect(listTop).toBeLessThan((await library.locator('.library-detail').boundingBox())!.y);
  expect(await sidewaysScroll(library)).toBe(0);
  await pictures(library, 'library-400');

  // The filters unfold, and say how many are set once folded again.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await search.fill('Râleur');
  await expect(library.locator('.capture-row')).toHaveCount(1);
  await pictures(library, 'library-400-filters');
  await toggle.click();
  await expect(search).toBeHidden();
  await expect(library.getByRole('button', { name: 'Filtres (1 actif)' })).toBeVisible();

  // Opened, the capture is on screen with the focus, and nothing scrolls sideways.
  await library.locator('.capture-row .open').first().click();
  const detail = library.locator('.library-detail');
  await expect(library.getByRole('button', { name: 'Vérifier', exact: true })).toBeAttached();
  await expect(detail).toBeFocused();
  // At the top of the window, not just peeking in at the bottom.
  const detailTop = (await detail.boundingBox())!.y;
  expect(detailTop).toBeGreaterThanOrEqual(0);
  expect(detailTop).toBeLessThan(40);
  expect(await sidewaysScroll(library)).toBe(0);
  await pictures(library, 'library-400-detail');

  // Back: the focus returns to the capture's row.
  await detail.getByRole('button', { name: /Retour/ }).click();
  await expect(library.locator('.capture-row .open').first()).toBeFocused();

  await library.setViewportSize({ width: 1280, height: 860 });
  await search.fill('');
  await expect(toggle).toBeHidden();
  await expect(search).toBeVisible();
  await library.locator('.capture-row .open').first().click();
  await expect(library.getByRole('button', { name: 'Vérifier', exact: true })).toBeVisible();
  await pictures(library, 'library-1280-detail');
  await library.getByRole('button', { name: 'Grille' }).click();
  await pictures(library, 'library-1280-grid');
  // Checkboxes big enough to hit: WCAG 2.2's 24 × 24 CSS px.
  for (const box of await library.locator('.grid-card input[type="checkbox"]').all()) {
    const { width, height } = (await box.boundingBox())!;
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(24);
  }
});

test('the popup detail never scrolls sideways, even with a very long address', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  const [first] = await twoCaptures({ context, extensionId, page, desktop });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('[data-capture-id]')).toHaveCount(2);
  await pictures(popup, 'popup-list');
  await popup.locator(`[data-capture-id="${first}"]`).click();
  await expect(popup.getByRole('button', { name: 'Vérifier', exact: true })).toBeVisible();
  await expect(popup.getByRole('main')).toBeVisible();
  await expect(popup.locator('dd', { hasText: LONG_URL.slice(0, 40) }).first()).toBeVisible();
  expect(await sidewaysScroll(popup)).toBe(0);
  await pictures(popup, 'popup-detail');

  // « Retour » gives the focus back to the capture left.
  await popup.getByRole('button', { name: /Retour/ }).click();
  await expect(popup.locator(`[data-capture-id="${first}"]`)).toBeFocused();
});
