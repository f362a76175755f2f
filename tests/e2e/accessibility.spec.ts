import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations } from './support/accessibility';
import { expect, openFixturePage, test } from './support/extension-test';

const X_FIXTURE = path.resolve('tests/fixtures/sites/x/home-timeline');
const X_EXPECTED = JSON.parse(readFileSync(`${X_FIXTURE}.expected.json`, 'utf8')) as {
  url: string;
  posts: Array<{ target: string }>;
};

/** Brings the page to one state of one extension page, given the stored captures' ids. */
type Reach = (page: Page, address: (file: string) => string, captureIds: string[]) => Promise<void>;

async function openLibrary(page: Page, address: (file: string) => string) {
  await page.goto(address('library.html'));
  await expect(page.locator('.capture-row').first()).toBeVisible();
}

async function openLibraryDetail(page: Page, address: (file: string) => string) {
  await openLibrary(page, address);
  await page.locator('.capture-row .open').first().click();
  await expect(page.getByRole('button', { name: 'Vérifier', exact: true })).toBeVisible();
}

async function answerReport(page: Page) {
  const question = (name: string | RegExp) => page.getByRole('group', { name });
  await question('De quoi s’agit-il ?').getByLabel('Menaces, appel à la violence').check();
  await question('Où le contenu est-il visible ?')
    .getByLabel(/En public/)
    .check();
  await question('Qui êtes-vous ?').getByLabel('Un témoin').check();
  await question('Un mineur est-il concerné ?').getByLabel('Non').check();
  await question('Quelqu’un est-il en danger immédiat ?').getByLabel('Non').check();
  await question(/Est-ce une arnaque/)
    .getByLabel('Non')
    .check();
  await page.getByRole('button', { name: 'Voir où signaler' }).click();
  await expect(page.locator('[data-channel="pharos"]')).toBeVisible();
}

/** Every extension page and state a person meets: adding one is one line. */
const STATES: Array<[name: string, reach: Reach]> = [
  ['practice page', (page, address) => page.goto(address('practice.html')).then(() => undefined)],
  [
    'popup, latest captures',
    async (page, address) => {
      await page.goto(address('popup.html'));
      await expect(page.locator('[data-capture-id]').first()).toBeVisible();
    },
  ],
  [
    'popup, one capture',
    async (page, address, [captureId]) => {
      await page.goto(address(`popup.html#capture=${captureId}`));
      await expect(page.getByRole('button', { name: 'Vérifier', exact: true })).toBeVisible();
    },
  ],
  ['library, list', openLibrary],
  [
    'library, grid',
    async (page, address) => {
      await openLibrary(page, address);
      await page.getByRole('button', { name: 'Grille' }).click();
      await expect(page.locator('.grid-card').first()).toBeVisible();
    },
  ],
  [
    'library, statistics',
    async (page, address) => {
      await openLibrary(page, address);
      await page.getByRole('button', { name: 'Statistiques' }).click();
      await expect(page.getByRole('figure').first()).toBeVisible();
    },
  ],
  ['library, one capture', openLibraryDetail],
  [
    'library, picture viewer',
    async (page, address) => {
      await openLibraryDetail(page, address);
      await page
        .getByRole('button', { name: /^Agrandir/ })
        .first()
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  ],
  [
    'report page, questions',
    async (page, address, captureIds) => {
      await page.goto(address(`report.html#captures=${captureIds.join(',')}`));
      await expect(page.getByRole('button', { name: 'Voir où signaler' })).toBeVisible();
    },
  ],
  [
    'report page, where to report',
    async (page, address, captureIds) => {
      await page.goto(address(`report.html#captures=${captureIds.join(',')}`));
      await answerReport(page);
    },
  ],
  [
    'welcome page',
    async (page, address) => {
      await page.goto(address('welcome.html'));
      await expect(page.getByRole('heading', { name: 'Bienvenue dans Témoin' })).toBeVisible();
    },
  ],
  [
    'settings',
    async (page, address) => {
      await page.goto(address('options.html'));
      await expect(page.getByRole('combobox', { name: 'Langue' })).toBeVisible();
    },
  ],
];

test('every extension page, in every state, light and dark, has no axe violation', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  // Two full axe runs per state, each several seconds on a busy machine.
  test.setTimeout(480_000);
  const evidence = await openFixturePage(
    { context, extensionId, page },
    X_EXPECTED.url,
    `${X_FIXTURE}.html`,
  );
  for (const [index, post] of X_EXPECTED.posts.slice(0, 2).entries()) {
    await desktop.rightClick(post.target);
    await desktop.chooseCapture('page');
    await expect.poll(async () => (await evidence.captures()).length).toBe(index + 1);
  }
  const captureIds = (await evidence.captures()).map((capture) => capture.id);
  const address = (file: string) => `chrome-extension://${extensionId}/${file}`;
  const checked = await context.newPage();
  for (const [name, reach] of STATES) {
    await test.step(name, async () => {
      // A fresh document each time: an address that differs only by its hash would not reload.
      await checked.goto('about:blank');
      await reach(checked, address, captureIds);
      const violations = await axeViolations(checked);
      expect.soft(violations, `${name}:\n${violations.join('\n')}`).toEqual([]);
    });
  }
});
