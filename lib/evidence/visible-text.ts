/**
 * Characters that change how text reads without being seen: controls, direction marks and
 * overrides (U+202E turns « gpj.exe » into « exe.jpg » on screen), invisible separators and
 * fillers. Each range is shown as its code point wherever Témoin shows or exports captured
 * text, so a reader cannot be misled by text that looks other than it is; metadata.json
 * keeps the exact text.
 */
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x08], // C0 controls, NUL first
  [0x0b, 0x0c], // vertical tab, form feed
  [0x0e, 0x1f],
  [0x7f, 0x9f], // DEL and the C1 controls
  [0xad, 0xad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers, used for blank names
  [0x17b4, 0x17b5],
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x200b, 0x200b], // zero width space
  [0x200e, 0x200f], // left-to-right and right-to-left marks
  [0x202a, 0x202e], // embeddings and overrides
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x2066, 0x2069], // isolates
  [0x206a, 0x206f], // deprecated format characters
  [0x3164, 0x3164], // Hangul filler
  [0xd800, 0xdfff], // half of a character
  [0xfeff, 0xfeff], // byte order mark
  [0xffa0, 0xffa0], // halfwidth Hangul filler
  [0xfff9, 0xfffb], // interlinear annotation
  [0x1d173, 0x1d17a], // musical format characters
  [0xe0000, 0xe007f], // tags, except inside a flag's sequence
];

const BLACK_FLAG = 0x1f3f4;
const TAG_FIRST = 0xe0020;
const TAG_LAST = 0xe007f;

function isInvisible(code: number): boolean {
  return INVISIBLE_RANGES.some(([first, last]) => code >= first && code <= last);
}

/** `[U+202E]`: how a hidden character is shown. */
export function codePointLabel(code: number): string {
  return `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]`;
}

/**
 * The text with every control, direction and invisible format character shown as its code
 * point. Tab, line feed and carriage return stay: they only lay text out. Joiners (U+200C,
 * U+200D) and variation selectors stay too: emoji and Arabic or Persian words need them. Tag
 * characters stay only where they spell a subdivision flag after U+1F3F4.
 */
export function visibleText(text: string): string {
  let out = '';
  let inFlag = false;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const tag = code >= TAG_FIRST && code <= TAG_LAST;
    if (tag && inFlag) {
      out += character;
      continue;
    }
    inFlag = code === BLACK_FLAG;
    out += isInvisible(code) ? codePointLabel(code) : character;
  }
  return out;
}
