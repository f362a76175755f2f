import type { Font, Glyph } from 'fontkit';
import { codePointLabel } from '../evidence/visible-text';
import { extendsPrevious, visualRuns, type TextRun } from './bidi-runs';
import type { FontName } from './font-metrics';
import { FontSubset } from './font-subset';
import { standardTypesetter, type Typesetter } from './typesetter';

/** Characters with no glyph of their own: dropped after shaping when a font lacks them. */
function ignorable(codePoints: readonly number[]): boolean {
  return codePoints.every(
    (code) =>
      (code >= 0x200b && code <= 0x200f) ||
      (code >= 0xfe00 && code <= 0xfe0f) ||
      (code >= 0xe0020 && code <= 0xe007f),
  );
}

/**
 * Text drawn with embedded fonts, tried in order for each character (Latin, Greek and
 * Cyrillic, then Arabic, then emoji), shaped by fontkit (Arabic joined and right to left,
 * emoji sequences), each font subsetted to the glyphs used. A character no font has is
 * printed as its code point. Bold is the regular face filled and stroked: one file fewer.
 * Hashes keep the standard Courier.
 */
export class EmbeddedTypesetter implements Typesetter {
  private readonly subsets: FontSubset[];
  private readonly advances = new Map<string, number>();
  /** For each character met, which fonts have it: looked up once. */
  private readonly holders = new Map<number, boolean[]>();
  private readonly latinGlyphs = new Map<number, Glyph>();

  constructor(private readonly faces: readonly Font[]) {
    this.subsets = faces.map((font, index) => new FontSubset(font, `E${index}`));
  }

  /**
   * The font for a character: the one before it when it has the character, so a space between
   * Arabic words stays in the Arabic run; never the emoji font's wide spaces and punctuation.
   */
  private readonly faceOf = (codePoint: number, previous: number | undefined): number => {
    const holders = this.holdersOf(codePoint);
    if (previous !== undefined && previous !== this.faces.length - 1 && holders[previous])
      return previous;
    return Math.max(0, holders.indexOf(true));
  };

  private holdersOf(codePoint: number): boolean[] {
    let holders = this.holders.get(codePoint);
    if (!holders) {
      holders = this.faces.map((face) => face.hasGlyphForCodePoint(codePoint));
      this.holders.set(codePoint, holders);
    }
    return holders;
  }

  /** The text with tabs as spaces and each character no font has written as its code point. */
  private drawable(text: string): string {
    let out = '';
    for (const character of text.replaceAll('\t', ' ')) {
      const code = character.codePointAt(0)!;
      const known = extendsPrevious(character) || this.holdersOf(code).includes(true);
      out += known ? character : codePointLabel(code);
    }
    return out;
  }

  width(text: string, font: FontName, size: number): number {
    if (font === 'mono') return standardTypesetter.width(text, font, size);
    let thousandths = 0;
    let face: number | undefined;
    for (const character of this.drawable(text)) {
      const code = character.codePointAt(0)!;
      face = extendsPrevious(character) && face !== undefined ? face : this.faceOf(code, face);
      const key = `${face}:${code}`;
      let advance = this.advances.get(key);
      if (advance === undefined) {
        const glyph = this.faces[face]!.glyphForCodePoint(code);
        advance = glyph.id === 0 ? 0 : this.subsets[face]!.thousandths(glyph.advanceWidth);
        this.advances.set(key, advance);
      }
      thousandths += advance;
    }
    return (thousandths * size) / 1000;
  }

  show(text: string, font: FontName, size: number): string {
    if (font === 'mono') return standardTypesetter.show(text, font, size);
    const operators = visualRuns(this.drawable(text), this.faceOf).map((run) => {
      const name = this.subsets[run.face]!.resourceName;
      return `/${name} ${size} Tf ${this.glyphs(run)}`;
    });
    const drawn = operators.join(' ');
    return font === 'bold' ? `2 Tr ${Math.round(size * 4) / 100} w ${drawn} 0 Tr` : drawn;
  }

  /**
   * A run's glyphs as a text-showing operator. Plain left-to-right text in the first font is
   * drawn character by character, unkerned as the standard fonts were: shaping every line of
   * a thousand-capture report would take minutes. Other runs are shaped by fontkit.
   */
  private glyphs(run: TextRun): string {
    const subset = this.subsets[run.face]!;
    const characters = [...run.text];
    if (run.face === 0 && !run.rtl && !characters.some(extendsPrevious)) {
      const font = this.faces[0]!;
      const codes = characters.map((character) => {
        const code = character.codePointAt(0)!;
        let glyph = this.latinGlyphs.get(code);
        if (!glyph) this.latinGlyphs.set(code, (glyph = font.glyphForCodePoint(code)));
        return subset.use(glyph);
      });
      return `<${codes.join('')}> Tj`;
    }
    const face = this.faces[run.face]!;
    const layout = face.layout(run.text, undefined, undefined, undefined, run.rtl ? 'rtl' : 'ltr');
    const parts: string[] = [];
    layout.glyphs.forEach((glyph: Glyph, index) => {
      if (glyph.id === 0 && ignorable(glyph.codePoints)) return;
      parts.push(`<${subset.use(glyph)}>`);
      const shift =
        subset.thousandths(glyph.advanceWidth) -
        subset.thousandths(layout.positions[index]!.xAdvance);
      if (shift !== 0) parts.push(String(shift));
    });
    return `[${parts.join(' ')}] TJ`;
  }

  async fonts() {
    return Promise.all(
      this.subsets.filter((subset) => subset.used).map((subset) => subset.pdfFont()),
    );
  }
}
