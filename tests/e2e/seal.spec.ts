import { startAuthorityServer, type RunningAuthority } from '../tsa/authority-server';
import { readStoreInPage } from './support/evidence';
import { expect, openFixturePage, stopServiceWorker, test } from './support/extension-test';
import { xdotoolKeys } from './support/shortcut-keys';

const FEED_URL = 'https://www.reddit.com/r/temoin_fixture/';

let server: RunningAuthority;
test.beforeAll(async () => {
  server = await startAuthorityServer();
});
test.afterAll(() => server.close());

test('the seal, turned on for a local authority: a capture waits while it is offline, survives a stopped worker, then is sealed', async ({
  context,
  worker,
  extensionId,
  page,
  desktop,
}, testInfo) => {
  test.setTimeout(240_000);
  const address = server.url();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Sceller mes preuves et mes exports').check();
  await page.getByLabel('Une autre adresse').check();
  await page.getByLabel('Adresse de l’autorité (http ou https)').fill(address);
  await page.getByLabel(/Certificat racine de l’autorité/).fill(server.authority.rootPem);
  await page.getByRole('button', { name: 'Enregistrer le sceau' }).click();
  await page.waitForTimeout(800);
  desktop.screenshot(testInfo.outputPath('seal-permission-prompt.png'));
  // The browser's own prompt: "Refuser" has the focus, "Autoriser" comes next.
  await desktop.press('Tab', 'Return');
  await expect(page.getByText('Enregistré.')).toBeVisible();
  const origin = `${new URL(address).origin}/*`;
  expect(
    await worker.evaluate((origins) => chrome.permissions.contains({ origins }), [origin]),
  ).toBe(true);
  // Granted for sealing, not to capture there: the right-click recorder is not registered.
  const scripts = await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  expect(scripts.flatMap((script) => script.matches ?? [])).not.toContain(origin);

  server.setOffline(true);
  const evidence = await openFixturePage({ context, extensionId, page }, FEED_URL, 'feed.html');
  await desktop.press(xdotoolKeys('capture-tab'));
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);
  const [capture] = await evidence.captures();
  const store = (name: string) => evidence.page.evaluate(readStoreInPage, { store: name });
  await expect
    .poll(async () => (await store('sealQueue'))[0], { timeout: 30_000 })
    .toMatchObject({ captureId: capture!.id, attempts: 1, problem: 'offline' });

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.locator('.capture-row .open').first().click();
  await expect(library.getByText('En attente d’horodatage')).toBeVisible();
  await expect(library.getByText(/l’autorité ne répond pas/)).toBeVisible();

  // The browser stops the idle worker; the queue is in the database, not in the worker.
  await stopServiceWorker(context);
  server.setOffline(false);
  // The popup wakes the worker when it opens; started again, it goes through what waited.
  await evidence.page.reload();
  await expect.poll(async () => (await store('seals')).length, { timeout: 60_000 }).toBe(1);
  expect(await store('sealQueue')).toEqual([]);
  const [seal] = await store('seals');
  expect(seal).toMatchObject({ captureId: capture!.id, digestHex: capture!.metadataSha256 });
  const custody = await evidence.custody(capture!.id);
  expect(custody.map((entry) => entry.kind)).toEqual(['capture', 'sealed']);
  await expect(library.getByText(/Scellé par 127\.0\.0\.1/)).toBeVisible();
  await expect(library.getByText(/L’horloge de l’ordinateur était à l’heure/)).toBeVisible();
  await library.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await expect(library.getByText(/Sceau vérifié/)).toBeVisible();

  // Turned off, the seal gives the authority's origin back to the browser.
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByLabel('Sceller mes preuves et mes exports').uncheck();
  await settings.getByRole('button', { name: 'Enregistrer le sceau' }).click();
  await expect(settings.getByText('Enregistré.')).toBeVisible();
  await expect
    .poll(() => worker.evaluate((origins) => chrome.permissions.contains({ origins }), [origin]))
    .toBe(false);
});

declare const chrome: {
  permissions: { contains(query: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
};
