import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startAuthorityServer, type RunningAuthority } from '../tsa/authority-server';
import { readStoreInPage } from './support/evidence';
import { expect, openFixturePage, test } from './support/extension-test';
import { xdotoolKeys } from './support/shortcut-keys';

const FEED_URL = 'https://www.reddit.com/r/temoin_fixture/';

let server: RunningAuthority;
test.beforeAll(async () => {
  server = await startAuthorityServer();
});
test.afterAll(() => server.close());

/**
 * The bundle unzipped, the last byte of a capture's seal.tsr changed, and every hash that names
 * it made to match (the seal's in metadata.json, both lines of SHA256SUMS), zipped again in the
 * same order, stored: a forger covering their tracks. Only the seal's signature can tell.
 */
function tamperedSeal(zip: string, sealPath: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'temoin-e2e-tampered-'));
  const out = path.join(folder, 'out');
  execFileSync('unzip', ['-q', zip, '-d', out]);
  const seal = readFileSync(path.join(out, sealPath));
  seal[seal.length - 1] = seal[seal.length - 1]! ^ 0xff;
  writeFileSync(path.join(out, sealPath), seal);
  const metadataPath = path.join(path.dirname(sealPath), 'metadata.json');
  const metadata = JSON.parse(readFileSync(path.join(out, metadataPath), 'utf8'));
  metadata.seal.sha256 = sha256(seal);
  const metadataText = `${JSON.stringify(metadata, null, 2)}\n`;
  writeFileSync(path.join(out, metadataPath), metadataText);
  const sums = path.join(out, 'SHA256SUMS');
  const rehashed = { [sealPath]: sha256(seal), [metadataPath]: sha256(metadataText) };
  const lines = readFileSync(sums, 'utf8').replace(
    /^[0-9a-f]{64} \*(.+)$/gm,
    (line, name: string) => (rehashed[name] ? `${rehashed[name]} *${name}` : line),
  );
  writeFileSync(sums, lines);
  const names = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
  const tampered = path.join(folder, 'tampered.zip');
  execFileSync('zip', ['-q', '-0', '-X', '-D', tampered, ...names], { cwd: out });
  return tampered;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

test('a sealed capture, exported, then checked in the library: sealed and valid; one changed byte in its seal is named', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  test.setTimeout(240_000);
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Sceller mes preuves et mes exports').check();
  await page.getByLabel('Une autre adresse').check();
  await page.getByLabel('Adresse de l’autorité (http ou https)').fill(server.url());
  await page.getByLabel(/Certificat racine de l’autorité/).fill(server.authority.rootPem);
  await page.getByRole('button', { name: 'Enregistrer le sceau' }).click();
  await page.waitForTimeout(800);
  // The browser's own prompt: "Refuser" has the focus, "Autoriser" comes next.
  await desktop.press('Tab', 'Return');
  await expect(page.getByText('Enregistré.')).toBeVisible();

  const evidence = await openFixturePage({ context, extensionId, page }, FEED_URL, 'feed.html');
  await desktop.press(xdotoolKeys('capture-tab'));
  const store = (name: string) => evidence.page.evaluate(readStoreInPage, { store: name });
  await expect.poll(async () => (await store('seals')).length, { timeout: 60_000 }).toBe(1);

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.getByLabel('Tout sélectionner').check();
  const [download] = await Promise.all([
    library.waitForEvent('download', { timeout: 60_000 }),
    library.getByRole('button', { name: 'Exporter (ZIP vérifiable)' }).click(),
  ]);
  const zip = path.join(mkdtempSync(path.join(tmpdir(), 'temoin-e2e-sealed-')), 'export.zip');
  await download.saveAs(zip);
  const names = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n');
  expect(names).toContain('SHA256SUMS.tsr');
  const sealPath = names.find((name) => /^captures\/[^/]+\/seal\.tsr$/.test(name))!;
  expect(sealPath).toBeTruthy();

  // « Vérifier un export (.zip)… »: the bundle and its two kinds of seal, as the page shows them.
  const input = library.locator('input[type="file"]');
  await input.setInputFiles(zip);
  const verified = library.locator('[data-verification="ok"]');
  await expect(verified).toContainText('1 preuve', { timeout: 60_000 });
  await expect(verified.locator('[data-sums-seal="ok"]')).toContainText(
    /Tout l’export \(SHA256SUMS\) est scellé par O=Temoin tests, CN=Test Timestamp Authority le .+ ; l’ordinateur l’avait daté du .+, soit .+ (d’avance|de retard) pour l’ordinateur/,
  );
  await expect(verified).toContainText('1 preuve scellée, son sceau vérifié');
  const captureSeal = verified.locator('li', { hasText: sealPath });
  await expect(captureSeal).toContainText(/scellé par 127\.0\.0\.1:\d+ le \d/);
  await expect(captureSeal).toContainText(
    /L’horloge de l’ordinateur (était à l’heure|avançait|retardait)/,
  );

  // One byte changed in the capture's seal, every hash rewritten to match: the bad seal is named.
  await input.setInputFiles(tamperedSeal(zip, sealPath));
  const failed = library.locator('[data-verification="failed"]');
  await expect(failed).toBeVisible({ timeout: 60_000 });
  const named = failed.locator('li', { hasText: sealPath });
  await expect(named).toHaveAttribute('data-reason', 'seal-bad-signature');
  await expect(named).toContainText('la signature du sceau est fausse');
  // SHA256SUMS rewritten, the export's own seal no longer matches it, and says so.
  await expect(failed.locator('li', { hasText: 'SHA256SUMS.tsr' })).toHaveAttribute(
    'data-reason',
    'seal-wrong-imprint',
  );
  await expect(library.locator('[data-verification="ok"]')).toHaveCount(0);
});
