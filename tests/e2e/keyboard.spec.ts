import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, openFixturePage, test } from './support/extension-test';

const X_FIXTURE = path.resolve('tests/fixtures/sites/x/home-timeline');
const X_EXPECTED = JSON.parse(readFileSync(`${X_FIXTURE}.expected.json`, 'utf8')) as {
  url: string;
  posts: Array<{ target: string }>;
};

/** The index of the library card holding the focus, and what the focus is on. */
const focusInList = (library: Page) =>
  library.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const card = focused.closest<HTMLElement>('[data-index]');
    return { index: card ? Number(card.dataset.index) : null, on: focused.className };
  });

test('from Alt+Shift+L the captures are two keys away, move with the arrows, and « Signaler… » is next to the one opened', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  const evidence = await openFixturePage(
    { context, extensionId, page },
    X_EXPECTED.url,
    `${X_FIXTURE}.html`,
  );
  // The tab by shortcut first, so the newest capture, opened below, has its post's picture.
  await desktop.press('alt+shift+d');
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);
  for (const [index, post] of X_EXPECTED.posts.slice(0, 2).entries()) {
    await desktop.rightClick(post.target);
    await desktop.chooseCapture('page');
    await expect.poll(async () => (await evidence.captures()).length).toBe(index + 2);
  }

  const [library] = await Promise.all([context.waitForEvent('page'), desktop.press('alt+shift+l')]);
  await expect(library.locator('.capture-row')).toHaveCount(3);

  // Tab shows the skip link; Enter puts the focus on the newest capture.
  await desktop.press('Tab');
  const skip = library.getByRole('link', { name: 'Aller à la liste des preuves' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await desktop.press('Return');
  expect(await focusInList(library)).toEqual({ index: 0, on: 'list-card' });

  // The arrows, Home and End, as in the grid; the list is one Tab stop.
  await desktop.press('Down');
  expect((await focusInList(library)).index).toBe(1);
  await desktop.press('End');
  expect((await focusInList(library)).index).toBe(2);
  await desktop.press('Home');
  expect((await focusInList(library)).index).toBe(0);
  const tabStops = await library.locator('.virtual-list [tabindex="0"]').count();
  expect(tabStops).toBe(3);

  // Into the row: its checkbox, then its button, which opens it.
  await desktop.press('Tab', 'Tab');
  const open = library.locator('[data-index="0"] .open');
  await expect(open).toBeFocused();
  await desktop.press('Return');
  await expect(open).toHaveAttribute('aria-current', 'true');
  await expect(library.locator('[data-index="0"] .capture-row')).toHaveClass(/current/);
  await expect(library.locator('[aria-current="true"]')).toHaveCount(1);
  await expect(library.getByRole('button', { name: 'Vérifier', exact: true })).toBeVisible();

  // « Signaler… » is two Tabs after the capture: « Retour », then it.
  await desktop.press('Tab', 'Tab');
  await expect(library.getByRole('button', { name: 'Signaler…' }).last()).toBeFocused();
  await expect(library.locator('.library-detail')).toContainText('Signaler…');

  // The picture's viewer takes its keys at once.
  await desktop.press('Tab', 'Return');
  const viewer = library.getByRole('dialog');
  await expect(viewer).toBeVisible();
  const zoom = viewer.locator('output');
  const fitted = await zoom.textContent();
  await desktop.press('plus');
  await expect(zoom).not.toHaveText(fitted!);
  await desktop.press('1');
  await expect(zoom).toHaveText('100\u202f%');
  await expect(viewer.getByRole('button', { name: '100\u202f%' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await desktop.press('0');
  await expect(zoom).toHaveText(fitted!);
  await desktop.press('Escape');
  await expect(viewer).toBeHidden();

  // A search that finds nothing says so, and is undone in one click.
  const search = library.getByRole('searchbox', { name: 'Rechercher' });
  await search.fill('aucun mot de ce genre');
  await expect(library.getByText('Aucune preuve ne correspond à cette recherche.')).toBeVisible();
  await library.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(library.locator('.capture-row')).toHaveCount(3);
  await expect(search).toHaveValue('');

  // The empty trash has its own words.
  await library.getByLabel('Corbeille').check();
  await expect(library.getByText(/^La corbeille est vide\./)).toBeVisible();
  await expect(library.locator('.capture-row')).toHaveCount(0);
});

test('the settings erase everything with red buttons and the focus always somewhere sensible', async ({
  context,
  extensionId,
}) => {
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  const wipe = settings.getByRole('button', { name: 'Tout effacer…' });
  await expect(wipe).toBeVisible();

  // Headings larger than the text; what erases is red, here as in the library.
  const sizes = await settings.evaluate(() =>
    ['body', 'h1', 'h2'].map((selector) =>
      parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize),
    ),
  );
  expect(sizes[1]).toBeGreaterThan(sizes[0]! * 1.4);
  expect(sizes[2]).toBeGreaterThan(sizes[0]! * 1.2);
  const red = 'rgb(206, 5, 0)';
  await expect(wipe).toHaveCSS('color', red);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.getByRole('button', { name: 'Mettre à la corbeille' })).toHaveCSS(
    'color',
    red,
  );
  await library.close();

  // Asked, the focus goes into the word to type; cancelled, back to the button.
  await wipe.click();
  const word = settings.getByLabel(/Pour confirmer, tapez/);
  await expect(word).toBeFocused();
  await settings.getByRole('button', { name: 'Annuler' }).click();
  await expect(wipe).toBeFocused();

  // Erased: the focus is on the sentence that says so.
  await settings.keyboard.press('Enter');
  await expect(word).toBeFocused();
  await settings.keyboard.type('effacer');
  const confirm = settings.getByRole('button', { name: 'Tout effacer définitivement' });
  await expect(confirm).toHaveCSS('background-color', red);
  await settings.keyboard.press('Enter');
  await expect(
    settings.getByRole('status').filter({ hasText: 'Tout a été effacé.' }),
  ).toBeFocused();
});
