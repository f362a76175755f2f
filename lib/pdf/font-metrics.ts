/**
 * Advance widths, in thousandths of the font size, of the PDF standard fonts for the codes of
 * WinAnsiEncoding (Adobe's published Helvetica metrics, which Arial and Liberation Sans share).
 * They decide where lines break; a viewer draws the glyphs itself.
 */
export type FontName = 'regular' | 'bold' | 'mono';

const ASCII_REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const ASCII_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Codes 0x80–0xFF (unassigned codes drawn as a space). */
const HIGH_REGULAR = [
  556, 278, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 278, 611, 278, 278, 222, 222,
  333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 278, 500, 667, 278, 333, 556, 556, 556, 556,
  260, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 556, 537, 278, 333,
  333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667,
  278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
  611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556,
  556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
];

function highBold(code: number): number {
  const base = String.fromCharCode(code).normalize('NFD').charCodeAt(0);
  if (base < 0x7f && base >= 0x41) return ASCII_BOLD[base - 0x20]!;
  return Math.round(HIGH_REGULAR[code - 0x80]! * 1.08);
}

/** The width of one WinAnsi code, in thousandths of an em. */
export function codeWidth(code: number, font: FontName): number {
  if (font === 'mono') return 600;
  if (code >= 0x20 && code < 0x7f)
    return (font === 'bold' ? ASCII_BOLD : ASCII_REGULAR)[code - 0x20]!;
  if (code >= 0x80 && code <= 0xff)
    return font === 'bold' ? highBold(code) : HIGH_REGULAR[code - 0x80]!;
  return 278;
}

/** The width, in points, of WinAnsi-encoded text at a size. */
export function textWidth(encoded: string, font: FontName, size: number): number {
  let thousandths = 0;
  for (let index = 0; index < encoded.length; index += 1)
    thousandths += codeWidth(encoded.charCodeAt(index), font);
  return (thousandths * size) / 1000;
}
