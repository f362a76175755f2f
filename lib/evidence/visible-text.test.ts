import { visibleText } from './visible-text';

describe('hidden characters shown visibly', () => {
  it.each([
    ['a NUL', 'avant\u0000après', 'avant[U+0000]après'],
    ['a right-to-left override', 'photo\u202Egpj.exe', 'photo[U+202E]gpj.exe'],
    ['an isolate and its end', '\u2067abc\u2069', '[U+2067]abc[U+2069]'],
    ['direction marks', 'a\u200Eb\u200Fc\u061Cd', 'a[U+200E]b[U+200F]c[U+061C]d'],
    ['C1 controls and DEL', 'x\u0085y\u007Fz', 'x[U+0085]y[U+007F]z'],
    ['a zero width space and a byte order mark', 'mot\u200Bmot\uFEFF', 'mot[U+200B]mot[U+FEFF]'],
    ['a Hangul filler used as a blank name', '\u3164', '[U+3164]'],
    ['half of an emoji', 'fin \uD83D', 'fin [U+D83D]'],
    ['a tag character alone', 'a\u{E0041}', 'a[U+E0041]'],
  ])('shows %s', (_, text, shown) => expect(visibleText(text)).toBe(shown));

  it.each([
    ['French text', 'Tu vas voir ce qui t’arrive… « menace »'],
    ['lines and tabs', 'une\ndeux\r\n\ttrois'],
    ['a family emoji joined by U+200D', '👨\u200D👩\u200D👧'],
    ['a heart with its variation selector', '❤\uFE0F'],
    ['a Persian word with a zero width non-joiner', 'می\u200Cخواهم'],
    [
      'the flag of England, spelled with tags',
      '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
    ],
    ['Arabic, Cyrillic and Greek', 'مرحبا Привет Γειά'],
  ])('keeps %s as it is', (_, text) => expect(visibleText(text)).toBe(text));
});
