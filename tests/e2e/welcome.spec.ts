import type { BrowserContext, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, launchChromium, test, waitForMenu } from './support/extension-test';

const WELCOME = /^chrome-extension:\/\/[a-p]{32}\/welcome\.html$/;

const welcomePages = (context: BrowserContext) =>
  context.pages().filter((page) => WELCOME.test(page.url()));

/** Starts Chromium on `profile` and waits until Témoin's worker has handled its start. */
async function start(profile: string) {
  const context = await launchChromium(profile);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await waitForMenu(worker);
  return { context, worker };
}

/** The shortcut shown for a command, as the person reads it. */
const shown = (page: Page, command: string) =>
  page.locator(`[data-command="${command}"] dd`).innerText();

test('a fresh profile shows the welcome page once, never again at the next start', async () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'temoin-welcome-'));
  try {
    const first = await start(profile);
    await expect.poll(() => welcomePages(first.context).length).toBe(1);
    const [welcome] = welcomePages(first.context);
    await expect(welcome!.getByRole('heading', { name: 'Bienvenue dans Témoin' })).toBeVisible();
    await expect(welcome!.getByText(/Rien ne quitte votre ordinateur/)).toBeVisible();
    // The shortcuts as the browser binds them, not as a text copied from the manifest.
    const bound = await first.worker.evaluate(() => chrome.commands.getAll());
    const keys = (name: string) => bound.find((command) => command.name === name)!.shortcut;
    expect(await shown(welcome!, 'capture-tab')).toBe(keys('capture-tab'));
    expect(await shown(welcome!, 'open-popup')).toBe(keys('_execute_action'));
    expect(await shown(welcome!, 'open-library')).toBe(keys('open-library'));
    expect(keys('capture-tab')).toMatch(/^Alt\+(Shift|Maj)\+[A-Z]$/);
    await welcome!.getByRole('link', { name: 'S’entraîner sur la page d’exemple' }).click();
    await expect(welcome!).toHaveURL(/\/practice\.html$/);
    await welcome!.goBack();
    await welcome!.getByRole('link', { name: 'Ouvrir les réglages' }).click();
    await expect(welcome!.getByRole('heading', { name: 'Réglages de Témoin' })).toBeVisible();
    await first.context.close();

    // Started again with --load-extension, the extension is "installed" again: nothing opens.
    const second = await start(profile);
    await second.context.pages()[0]!.waitForTimeout(3000);
    expect(welcomePages(second.context)).toEqual([]);
    const remembered = await second.worker.evaluate(() => chrome.storage.local.get('welcomeShown'));
    expect(remembered.welcomeShown).toEqual(expect.any(String));
    await second.context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the popup shows the shortcuts and opens the settings; the library opens them too', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Raccourcis clavier' })).toBeVisible();
  expect(await shown(popup, 'capture-tab')).toMatch(/^Alt\+(Shift|Maj)\+[A-Z]$/);
  await expect(popup.getByText('chrome://extensions/shortcuts')).toBeVisible();
  const [settings] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Réglages' }).click(),
  ]);
  await expect(settings.getByRole('heading', { name: 'Réglages de Témoin' })).toBeVisible();
  await settings.close();

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const [fromLibrary] = await Promise.all([
    context.waitForEvent('page'),
    library.getByRole('button', { name: 'Réglages' }).click(),
  ]);
  await expect(fromLibrary.getByRole('heading', { name: 'Réglages de Témoin' })).toBeVisible();
});

declare const chrome: {
  commands: { getAll(): Promise<Array<{ name: string; shortcut: string }>> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};
