import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, openFixturePage, test } from './support/extension-test';

const FIXTURE = path.resolve('tests/fixtures/sites/reddit/old-post-comments');
const URL =
  'https://old.reddit.com/r/StreamersFrFictif/comments/1j9fict/luna_la_pire_streameuse_de_france/';
const TARGET = '#thing_t1_mh1fic1 > .entry .md > p';
const ORIGINAL = 'Elle devrait arrêter, c’est gênant 😬 même son chat est payé';
/** The comment as a harasser might write it: several scripts, an emoji, a hidden reversal. */
const WRITTEN = 'Élève « é » Привет мир 😡 مرحبا بكم photo\u202Egpj.exe';

test('a comment in several scripts with a hidden reversal: the PDF gives it back as written, the reversal shown', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'temoin-e2e-pdf-text-'));
  const html = readFileSync(`${FIXTURE}.html`, 'utf8');
  expect(html).toContain(ORIGINAL);
  const fixture = path.join(folder, 'page.html');
  writeFileSync(fixture, html.replace(ORIGINAL, WRITTEN));
  const evidence = await openFixturePage({ context, extensionId, page }, URL, fixture);
  await desktop.rightClick(TARGET);
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);
  const [capture] = await evidence.captures();
  expect(capture!.metadata.post?.text).toBe(WRITTEN);
  expect(capture!.metadata.environment.operatingSystem).toMatchObject({ name: 'linux' });

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.locator('.capture-row .open').first().click();
  await expect(library.locator('.post-text')).toHaveText(
    'Élève « é » Привет мир 😡 مرحبا بكم photo[U+202E]gpj.exe',
  );

  await library.getByLabel('Tout sélectionner').check();
  const [download] = await Promise.all([
    library.waitForEvent('download'),
    library.getByRole('button', { name: 'Exporter (ZIP vérifiable)' }).click(),
  ]);
  const zip = path.join(folder, 'export.zip');
  await download.saveAs(zip);
  const out = path.join(folder, 'out');
  execFileSync('unzip', ['-q', zip, '-d', out]);
  const pdf = path.join(out, 'report.pdf');
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Élève « é » Привет мир 😡');
  expect(text).toContain('مرحبا بكم');
  expect(text).toContain('photo[U+202E]gpj.exe');
  expect(text).toContain('Environnement de la capture');
  expect(text).toMatch(/Linux \(x86-64\)/);
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  expect(
    fonts.match(/^[A-Z]{6}\+Noto\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/gm),
  ).toHaveLength(3);
  execFileSync('qpdf', ['--check', pdf]);
  const csv = readFileSync(path.join(out, 'captures.csv'), 'utf8');
  expect(csv).toContain('photo[U+202E]gpj.exe');
  expect(csv).not.toContain('\u202E');
});
