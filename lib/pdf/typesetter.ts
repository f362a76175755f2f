import type { FontName } from './font-metrics';
import { textWidth } from './font-metrics';
import { FONT_RESOURCES, type PdfFont } from './pdf-writer';
import { toWinAnsi } from './win-ansi';

/** How the report's text is measured and drawn: the standard fonts, or embedded ones. */
export interface Typesetter {
  /** The text's width in points. */
  width(text: string, font: FontName, size: number): number;
  /** Operators drawing the text at the text position (inside BT … ET), fonts included. */
  show(text: string, font: FontName, size: number): string;
  /** The fonts to embed, once every page is laid out: only then are the glyphs used known. */
  fonts(): Promise<PdfFont[]>;
}

/** A PDF literal string, its delimiters escaped. */
function literal(encoded: string): string {
  return `(${encoded.replace(/[\\()]/g, (character) => `\\${character}`)})`;
}

/**
 * The PDF standard fonts (Helvetica, Courier) and their WinAnsi encoding: nothing embedded, a
 * character outside Latin-1 and French typography printed as its code point. Hashes always use
 * it (Courier); the whole report does when no font files are given.
 */
export const standardTypesetter: Typesetter = {
  width: (text, font, size) => textWidth(toWinAnsi(text), font, size),
  show: (text, font, size) => `/${FONT_RESOURCES[font]} ${size} Tf ${literal(toWinAnsi(text))} Tj`,
  fonts: async () => [],
};
