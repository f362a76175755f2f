import type { Font, Glyph } from 'fontkit';
import type { PdfFont } from './pdf-writer';

const hex4 = (value: number) => value.toString(16).toUpperCase().padStart(4, '0');

/** UTF-16BE in hex: how a ToUnicode CMap names the text of a glyph. */
function utf16Hex(text: string): string {
  let hex = '';
  for (let index = 0; index < text.length; index += 1) hex += hex4(text.charCodeAt(index));
  return hex;
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * One embedded font, holding only the glyphs the report draws. Each glyph used gets the next
 * number (its CID, the same as its glyph id in the subset) and the text it stands for, so a
 * reader copying or searching the PDF gets the characters back.
 */
export class FontSubset {
  private readonly subset;
  private readonly texts = new Map<number, string>();

  constructor(
    readonly font: Font,
    readonly resourceName: string,
  ) {
    this.subset = font.createSubset();
    this.texts.set(0, '');
  }

  /** Whether any glyph of this font is drawn. */
  get used(): boolean {
    return this.texts.size > 1;
  }

  /** The glyph's number in the subset, as four hex digits for a content stream. */
  use(glyph: Glyph): string {
    // fontkit returns the glyph's new id, though its type declarations say a boolean.
    const cid = this.subset.includeGlyph(glyph) as unknown as number;
    if (!this.texts.has(cid)) this.texts.set(cid, String.fromCodePoint(...glyph.codePoints));
    return hex4(cid);
  }

  /** Width in thousandths of an em: the unit of a PDF font's widths. */
  thousandths(fontUnits: number): number {
    return Math.round((fontUnits * 1000) / this.font.unitsPerEm);
  }

  /** The Type 0 font and its parts: the CID font, its descriptor, ToUnicode and the subset. */
  async pdfFont(): Promise<PdfFont> {
    const font = this.font;
    const glyphIds = [...(this.subset as unknown as { glyphs: number[] }).glyphs];
    const tag = subsetTag(glyphIds, this.resourceName);
    const name = `/${tag}+${font.postscriptName.replace(/[^A-Za-z0-9-]/g, '')}`;
    const widths = glyphIds.map((id) => this.thousandths(font.getGlyph(id).advanceWidth));
    const program = new Uint8Array(this.subset.encode());
    const box = font.bbox;
    const scale = (value: number) => this.thousandths(value);
    return {
      name: this.resourceName,
      objects: [
        {
          dictionary:
            `/Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding /Identity-H ` +
            `/DescendantFonts [@1] /ToUnicode @3`,
        },
        {
          dictionary:
            `/Type /Font /Subtype /CIDFontType2 /BaseFont ${name} ` +
            `/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ` +
            `/FontDescriptor @2 /CIDToGIDMap /Identity /W [0 [${widths.join(' ')}]]`,
        },
        {
          dictionary:
            `/Type /FontDescriptor /FontName ${name} /Flags 4 ` +
            `/FontBBox [${[box.minX, box.minY, box.maxX, box.maxY].map(scale).join(' ')}] ` +
            `/ItalicAngle 0 /Ascent ${scale(font.ascent)} /Descent ${scale(font.descent)} ` +
            `/CapHeight ${scale(font.capHeight || font.ascent)} /StemV 80 /FontFile2 @4`,
        },
        { dictionary: '', stream: this.toUnicode() },
        {
          dictionary: `/Filter /FlateDecode /Length1 ${program.byteLength}`,
          stream: await deflate(program),
        },
      ],
    };
  }

  private toUnicode(): string {
    const entries = [...this.texts].filter(([, text]) => text);
    const blocks: string[] = [];
    for (let start = 0; start < entries.length; start += 100) {
      const block = entries.slice(start, start + 100);
      blocks.push(
        `${block.length} beginbfchar\n` +
          block.map(([cid, text]) => `<${hex4(cid)}> <${utf16Hex(text)}>`).join('\n') +
          '\nendbfchar',
      );
    }
    return [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <FFFF>',
      'endcodespacerange',
      ...blocks,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
    ].join('\n');
  }
}

/** Six capital letters naming this subset, as the PDF standard asks of a subset's name. */
function subsetTag(glyphIds: readonly number[], seed: string): string {
  let hash = 2166136261;
  for (const value of [...seed].map((c) => c.charCodeAt(0)).concat(glyphIds)) {
    hash ^= value;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  let tag = '';
  for (let index = 0; index < 6; index += 1) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + index * 7919;
  }
  return tag;
}
