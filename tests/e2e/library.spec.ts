import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, openFixturePage, test } from './support/extension-test';

const FIXTURE = path.resolve('tests/fixtures/sites/reddit/old-post-comments');
const EXPECTED = JSON.parse(readFileSync(`${FIXTURE}.expected.json`, 'utf8')) as {
  url: string;
  posts: Array<{ target: string; expected: Record<string, string> }>;
};

/** Flips one byte inside a stored entry of a ZIP, as damage or tampering would. */
function flipByteIn(zip: Buffer, entryName: string): Buffer {
  const changed = Buffer.from(zip);
  const name = Buffer.from(entryName);
  for (let offset = zip.indexOf(name); offset >= 0; offset = zip.indexOf(name, offset + 1)) {
    const header = offset - 30;
    if (header >= 0 && zip.readUInt32LE(header) === 0x04034b50) {
      const data = offset + name.length + zip.readUInt16LE(header + 28);
      changed[data + 40] = changed[data + 40]! ^ 0xff;
      return changed;
    }
  }
  throw new Error(`No entry ${entryName}`);
}

test('three captures put in a case and exported: sha256sum -c passes, and one changed byte is named', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  const evidence = await openFixturePage(
    { context, extensionId, page },
    EXPECTED.url,
    `${FIXTURE}.html`,
  );
  for (const [index, post] of EXPECTED.posts.slice(1, 4).entries()) {
    await desktop.rightClick(post.target);
    await desktop.chooseCapture('page');
    await expect.poll(async () => (await evidence.captures()).length).toBe(index + 1);
  }
  for (const capture of await evidence.captures()) {
    await expect.poll(async () => (await evidence.files(capture.id)).length).toBe(3);
  }

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('.capture-row')).toHaveCount(3);
  await library.getByLabel('Tout sélectionner').check();
  await library.getByRole('textbox', { name: 'Nom du dossier' }).fill('Harcèlement de Luna');
  await library.getByRole('button', { name: 'Ajouter au dossier' }).click();
  await expect(
    library.getByRole('status').filter({ hasText: 'Harcèlement de Luna' }),
  ).toBeVisible();

  /** Shows the case's captures and opens the first. */
  const openFirstOfCase = async () => {
    await library
      .getByRole('search')
      .getByLabel('Dossier')
      .selectOption({ label: 'Harcèlement de Luna' });
    await expect(library.locator('.capture-row')).toHaveCount(3);
    await library.locator('.capture-row .open').first().click();
  };
  await openFirstOfCase();
  await expect(library.getByRole('button', { name: 'Vérifier', exact: true })).toBeVisible();
  // A note and a tag, beside the sealed capture.
  await library.getByLabel('Nouvelle note').fill('Vu pendant le live du 21, vers 21 h.');
  await library.getByRole('button', { name: 'Ajouter la note' }).click();
  await expect(library.locator('.note-text')).toHaveText('Vu pendant le live du 21, vers 21 h.');
  await library.getByPlaceholder('Nouvelle étiquette (Entrée ou virgule)').fill('menaces');
  await library.keyboard.press('Enter');
  await expect(library.getByRole('button', { name: 'Retirer l’étiquette menaces' })).toBeVisible();
  await library.screenshot({ path: test.info().outputPath('library.png') });

  // The screenshot opens in a viewer that zooms by keyboard and closes with Escape.
  await library.getByRole('button', { name: 'Agrandir : Capture de la page' }).click();
  const viewer = library.getByRole('dialog');
  await expect(viewer).toBeVisible();
  const zoom = viewer.locator('output');
  const fitted = await zoom.textContent();
  await viewer.getByLabel(/Image : \+ et −/).press('+');
  await expect(zoom).not.toHaveText(fitted!);
  await viewer.getByRole('button', { name: '100 %' }).click();
  await expect(zoom).toHaveText('100 %');
  const picture = viewer.getByRole('img');
  const size = await picture.evaluate((image: HTMLImageElement) => [
    image.naturalWidth,
    image.getBoundingClientRect().width,
  ]);
  expect(size[1]).toBeCloseTo(size[0]!, 0);
  await library.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  // The same captures as a grid, and counted.
  await library.getByRole('button', { name: 'Grille' }).click();
  await expect(library.locator('.grid-card')).toHaveCount(3);
  await library.getByRole('button', { name: 'Statistiques' }).click();
  const platforms = library.getByRole('figure', { name: 'Par plateforme' });
  await expect(platforms.getByRole('img')).toHaveAttribute(
    'aria-label',
    'Par plateforme. Reddit\u00a0: 3',
  );
  await library.getByRole('button', { name: 'Liste' }).click();
  await library.getByLabel('Tout sélectionner').check();
  const [download] = await Promise.all([
    library.waitForEvent('download'),
    library.getByRole('button', { name: 'Exporter (ZIP vérifiable)' }).click(),
  ]);
  const folder = mkdtempSync(path.join(tmpdir(), 'temoin-e2e-export-'));
  const zip = path.join(folder, download.suggestedFilename());
  await download.saveAs(zip);
  expect(download.suggestedFilename()).toMatch(/^temoin-export-\d{8}T\d{6}\.zip$/);

  // Anyone can check it with standard tools.
  const out = path.join(folder, 'out');
  execFileSync('unzip', ['-q', zip, '-d', out]);
  const check = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out }).toString();
  expect(check).not.toMatch(/FAILED/);
  expect(check.match(/: OK$/gm)?.length).toBeGreaterThanOrEqual(3 * 5 + 3);
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
  expect(manifest).toMatchObject({ schema: 'temoin.export/3', caseName: 'Harcèlement de Luna' });
  const exportedCaptures = manifest.captures.map((metadataPath: string) =>
    JSON.parse(readFileSync(path.join(out, metadataPath), 'utf8')),
  );
  const firstMetadata = exportedCaptures[0];
  const logs = exportedCaptures.map((exported: { custodyPath: string }) =>
    readFileSync(path.join(out, exported.custodyPath), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).kind),
  );
  expect(logs.sort()).toEqual([
    ['capture', 'case', 'export'],
    ['capture', 'case', 'export'],
    ['capture', 'case', 'note', 'tags', 'export'],
  ]);
  const annotated = exportedCaptures.find(
    (exported: { notes: unknown[] }) => exported.notes.length,
  );
  expect(annotated).toMatchObject({
    notes: [{ text: 'Vu pendant le live du 21, vers 21 h.' }],
    tags: ['menaces'],
  });

  // The PDF report for a complaint, read as a court clerk's tools would read it.
  const report = execFileSync('pdftotext', ['-layout', path.join(out, 'report.pdf'), '-'], {
    encoding: 'utf8',
  });
  expect(report).toContain('Rapport de preuves numériques');
  expect(report).toContain('Harcèlement de Luna');
  expect(report).toContain('Vu pendant le live du 21, vers 21 h.');
  expect(report).toMatch(/Étiquettes\s+menaces/);
  // Long addresses wrap across lines; compare without the line breaks.
  const flat = report.replace(/\s+/g, '');
  for (const metadataPath of manifest.captures) {
    const exported = JSON.parse(readFileSync(path.join(out, metadataPath), 'utf8'));
    const screenshot = exported.files.find(
      (file: { role: string }) => file.role === 'page-screenshot',
    );
    expect(flat).toContain(exported.metadata.post.permalink);
    expect(report).toContain(
      exported.metadata.post.authorHandle ?? exported.metadata.post.authorName,
    );
    expect(report).toContain(exported.metadata.time.capturedAt);
    expect(report).toContain(screenshot.sha256);
  }
  expect(report).toMatch(/Capture 3 sur 3/);
  expect(report).toContain('sha256sum -c SHA256SUMS');
  // One picture per capture, each the real screenshot at its full size, drawn twice
  // (the post, cut from it, then the whole page).
  const images = execFileSync('pdfimages', ['-list', path.join(out, 'report.pdf')], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .slice(2);
  expect(images).toHaveLength(6);
  const sizes = manifest.captures.map((metadataPath: string) => {
    const { width, height } = JSON.parse(
      readFileSync(path.join(out, metadataPath), 'utf8'),
    ).metadata.files.find((file: { role: string }) => file.role === 'page-screenshot');
    return `${width} ${height}`;
  });
  for (const row of images) {
    const [width, height, color] = row.trim().split(/\s+/).slice(3, 6);
    expect(sizes).toContain(`${width} ${height}`);
    expect(color).toBe('rgb');
  }

  // The library checks an export and names what fails.
  const input = library.locator('input[type="file"]');
  await input.setInputFiles(zip);
  await expect(library.locator('[data-verification="ok"]')).toContainText('3 preuves');
  const cropPath = firstMetadata.files.find(
    (file: { role: string }) => file.role === 'post-crop',
  ).path;
  const tampered = path.join(folder, 'tampered.zip');
  writeFileSync(tampered, flipByteIn(readFileSync(zip), cropPath));
  await input.setInputFiles(tampered);
  await expect(library.locator('[data-verification="failed"]')).toContainText(cropPath);

  // Everything erased, then the intact export imported back: the evidence returns whole.
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByRole('button', { name: 'Tout effacer…' }).click();
  await settings.getByLabel(/Pour confirmer, tapez/).fill('effacer');
  await settings.getByRole('button', { name: 'Tout effacer définitivement' }).click();
  await expect(settings.getByText('Tout a été effacé.')).toBeVisible();
  await settings.close();
  await library.reload();
  await expect(library.getByText(/Aucune preuve pour l’instant|No evidence yet/)).toBeVisible();
  await input.setInputFiles(zip);
  await library.getByRole('button', { name: 'Importer 3 preuves dans la bibliothèque' }).click();
  await expect(library.locator('[data-import="done"]')).toContainText('3 preuves importées');
  await expect(library.locator('.capture-row')).toHaveCount(3);
  await openFirstOfCase();
  await library.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await expect(library.locator('.verdict-intact').first()).toBeVisible();
  const imported = await evidence.captures();
  expect(imported.map((capture) => capture.id).sort()).toEqual(
    exportedCaptures.map((exported: { captureId: string }) => exported.captureId).sort(),
  );
  const importedLog = await evidence.custody(imported[0]!.id);
  expect(importedLog.at(-1)).toMatchObject({ kind: 'imported' });
});
