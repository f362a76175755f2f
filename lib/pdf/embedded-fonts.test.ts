import { execFileSync } from 'node:child_process';
import { pdfText, reportCapture, reportFile } from '../../tests/unit/sample-report';

const SENTENCE = 'Élève « é » Привет мир 😡 مرحبا بكم';

// Parsing and subsetting three fonts takes seconds on a loaded machine.
describe('the report with embedded fonts', { timeout: 30_000 }, () => {
  it('gives back with pdftotext Latin, Cyrillic, Arabic and an emoji as written', async () => {
    const text = pdfText(await reportFile([reportCapture(SENTENCE)]));
    for (const expected of ['Élève « é » Привет мир 😡', 'مرحبا بكم', 'Rapport de preuves'])
      expect(text).toContain(expected);
    expect(text).not.toContain('[U+');
  });

  it('embeds subsets of its fonts, and passes qpdf --check', async () => {
    const file = await reportFile([reportCapture(SENTENCE)]);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n');
    const embedded = fonts.filter((row) => /CID TrueType\s+Identity-H\s+yes yes yes/.test(row));
    expect(embedded.map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))).toEqual([
      'NotoSans-Regular',
      'NotoSansArabic-Regular',
      'NotoEmoji-Regular',
    ]);
    for (const row of embedded) expect(row).toMatch(/^[A-Z]{6}\+/);
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain(
      'No syntax or stream encoding errors',
    );
  });

  it('prints a character no embedded font has as its code point', async () => {
    const text = pdfText(await reportFile([reportCapture('漢字 ok')]));
    expect(text).toContain('[U+6F22][U+5B57] ok');
  });
});
