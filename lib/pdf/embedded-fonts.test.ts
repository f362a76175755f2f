import { execFileSync } from 'node:child_process';
import { pdfText, reportCapture, reportFile } from '../../tests/unit/sample-report';
import { reportScripts, scriptsIn } from './report-scripts';

const SENTENCE = 'Élève « é » Привет мир 😡 مرحبا بكم';
const HEBREW = 'שלום עולם';
const HINDI = 'नमस्ते दुनिया';
const THAI = 'สวัสดีชาวโลก';
const CHINESE = '你好，世界。繁體中文';
const JAPANESE = 'こんにちは、カタカナの東京';
const KOREAN = '안녕하세요, 세계';

// Parsing and subsetting the fonts takes seconds on a loaded machine.
describe('the report with embedded fonts', { timeout: 30_000 }, () => {
  it('gives back with pdftotext Latin, Cyrillic, Arabic and an emoji as written', async () => {
    const text = pdfText(await reportFile([reportCapture(SENTENCE)]));
    for (const expected of ['Élève « é » Привет мир 😡', 'مرحبا بكم', 'Rapport de preuves'])
      expect(text).toContain(expected);
    expect(text).not.toContain('[U+');
  });

  it.each([
    ['Hebrew, right to left', HEBREW],
    ['Hindi (Noto Sans has Devanagari)', HINDI],
    ['Thai', THAI],
    ['Chinese', CHINESE],
    ['Japanese', JAPANESE],
    ['Korean', KOREAN],
  ])('gives back %s as written', async (_, sentence) => {
    const text = pdfText(await reportFile([reportCapture(`${sentence} ok`)]));
    expect(text).toContain(sentence);
    expect(text).not.toContain('[U+');
  });

  it('embeds subsets of its fonts, and passes qpdf --check', async () => {
    const file = await reportFile([
      reportCapture(`${SENTENCE} ${HEBREW} ${HINDI} ${THAI} ${CHINESE} ${KOREAN}`),
    ]);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n');
    const embedded = fonts.filter((row) => /CID TrueType\s+Identity-H\s+yes yes yes/.test(row));
    expect(embedded.map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))).toEqual([
      'NotoSans-Regular',
      'NotoSansArabic-Regular',
      'NotoSansHebrew-Regular',
      'NotoSansThai-Regular',
      'NotoSansSC-Regular',
      'NotoSansKR-Regular',
      'NotoEmoji-Regular',
    ]);
    for (const row of embedded) expect(row).toMatch(/^[A-Z]{6}\+/);
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain(
      'No syntax or stream encoding errors',
    );
  });

  it('prints a character no embedded font has as its code point', async () => {
    // Tamil: no font of the report has it.
    const text = pdfText(await reportFile([reportCapture('அ ok')]));
    expect(text).toContain('[U+0B85] ok');
  });
});

describe('the fonts a report reads', () => {
  it.each([
    ['Bonjour, Привет 😡', []],
    [`${THAI} ${HEBREW}`, ['hebrew', 'thai']],
    [`${JAPANESE} 안녕`, ['cjk', 'korean']],
    [`مرحبا ${HINDI}`, ['arabic']],
  ])('for %s: %j', (text, scripts) => {
    expect(scriptsIn([text])).toEqual(scripts);
  });

  it('looks at the captures and the case name', () => {
    expect(reportScripts([reportCapture('Bonjour')], [HEBREW])).toEqual(['hebrew']);
    expect(reportScripts([reportCapture(THAI)])).toEqual(['thai']);
  });
});
