/**
 * Text for the PDF's standard fonts (Helvetica, Courier), which read WinAnsiEncoding: Latin-1
 * plus the typographic marks French needs (’ « » – — … € œ). A character outside it is written
 * as its code point, « [U+1F621] », so the report never silently drops or swaps a character
 * of the evidence; the exact text is in each capture's metadata.json.
 */
const HIGH_PUNCTUATION: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
  // Spaces French typography uses before « : ; ! ? » and inside « »: a no-break space.
  0x202f: 0xa0,
  0x2009: 0x20,
  0x2007: 0xa0,
};

/** One code of the font's encoding per character: a string of char codes 0x20–0xFF. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const character of text.normalize('NFC')) {
    const code = character.codePointAt(0)!;
    if (code === 0x09) out += ' ';
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) out += character;
    else if (HIGH_PUNCTUATION[code] !== undefined)
      out += String.fromCharCode(HIGH_PUNCTUATION[code]);
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else if (code >= 0xfe00 && code <= 0xfe0f)
      continue; // variation selectors: no glyph
    else if (code === 0x200d || code === 0x200b)
      continue; // joiners: no glyph
    else out += `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]`;
  }
  return out;
}

/** Back to Unicode: how a reader (pdftotext, a test) sees the text. */
export function fromWinAnsi(encoded: string): string {
  const back = new Map(Object.entries(HIGH_PUNCTUATION).map(([from, to]) => [to, Number(from)]));
  back.set(0xa0, 0xa0);
  back.set(0x20, 0x20);
  return [...encoded]
    .map((character) => {
      const code = character.charCodeAt(0);
      return code >= 0x80 && code < 0xa0 ? String.fromCodePoint(back.get(code) ?? code) : character;
    })
    .join('');
}
