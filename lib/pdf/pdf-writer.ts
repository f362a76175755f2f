import { rememberDigests, StreamDigests } from '../export/blob-digests';
import type { PdfImage } from './pdf-image';

export interface PdfPage {
  width: number;
  height: number;
  /** The page's content stream: operators, with text already encoded for its font. */
  content: string;
  /** Names (from addImage) of the images the content draws. */
  images: readonly string[];
}

export interface PdfInfo {
  title: string;
  creator: string;
  createdAt: Date;
}

/** One object of an embedded font: `@k` in its dictionary stands for the font's k-th object. */
export interface PdfFontObject {
  dictionary: string;
  stream?: string | Uint8Array<ArrayBuffer>;
}

/** An embedded font: its resource name and its objects, the first its font dictionary. */
export interface PdfFont {
  name: string;
  objects: readonly PdfFontObject[];
}

/** The standard fonts every PDF reader has: nothing is embedded. */
export const FONT_RESOURCES = { regular: 'F1', bold: 'F2', mono: 'F3' } as const;
const FONTS = [
  ['F1', 'Helvetica'],
  ['F2', 'Helvetica-Bold'],
  ['F3', 'Courier'],
] as const;

/** Bytes of a string whose characters are all below 256. */
function latin1(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/** A PDF text string for the document information: UTF-16BE with its byte-order mark. */
function textString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index += 1)
    hex += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function pdfDate(date: Date): string {
  return `(D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;
}

/** Objects before the images: catalog, page tree, the standard fonts, document information. */
const INFO_NUMBER = 3 + FONTS.length;
const FIRST_IMAGE = INFO_NUMBER + 1;

/**
 * Writes a PDF 1.4 file: pages of text, in the standard fonts or embedded ones, and images.
 * The result is a Blob made of parts: image data stays a reference to the stored file, so a
 * report of a thousand screenshots costs little memory. Each image is written as it is added,
 * while its bytes are in hand, and the file's SHA-256 and CRC-32 are computed as it is
 * written (remembered for the export, `blob-digests.ts`), so nothing reads it back. Content
 * streams are left uncompressed, so the text can be read, searched and checked with the
 * plainest tools.
 */
export class PdfWriter {
  private readonly parts: BlobPart[] = [];
  private readonly offsets: number[] = [];
  private length = 0;
  private readonly digests = new StreamDigests();
  /** False once a part is written whose bytes are not in hand: the file is then not digested. */
  private digesting = true;
  private imageCount = 0;
  private readonly pages: PdfPage[] = [];

  constructor() {
    // A binary comment line tells transfer tools the file is not plain text.
    this.write('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n');
  }

  /** Writes an image's object now and returns the name a content stream draws it by. */
  addImage(image: PdfImage): string {
    const space = image.colors === 3 ? '/DeviceRGB' : '/DeviceGray';
    const common =
      `/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} ` +
      `/ColorSpace ${space} /BitsPerComponent 8`;
    const filter =
      image.kind === 'jpeg'
        ? '/Filter /DCTDecode'
        : `/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors ${image.colors} ` +
          `/BitsPerComponent 8 /Columns ${image.width} >>`;
    this.imageCount += 1;
    this.stream(FIRST_IMAGE + this.imageCount - 1, `${common} ${filter}`, image.data, image.bytes);
    return `Im${this.imageCount}`;
  }

  addPage(page: PdfPage): void {
    this.pages.push(page);
  }

  get pageCount(): number {
    return this.pages.length;
  }

  private write(part: string | Uint8Array<ArrayBuffer> | Blob, bytes?: readonly Uint8Array[]) {
    const data = typeof part === 'string' ? latin1(part) : part;
    this.parts.push(data);
    this.length += data instanceof Blob ? data.size : data.byteLength;
    if (!(data instanceof Blob)) this.digests.update(data);
    else if (bytes) bytes.forEach((piece) => this.digests.update(piece));
    else this.digesting = false;
  }

  private object(number: number, body: string) {
    this.offsets[number] = this.length;
    this.write(`${number} 0 obj\n${body}\nendobj\n`);
  }

  private stream(
    number: number,
    dictionary: string,
    data: string | Uint8Array<ArrayBuffer> | Blob,
    bytes?: readonly Uint8Array[],
  ) {
    this.offsets[number] = this.length;
    const size =
      typeof data === 'string' ? data.length : data instanceof Blob ? data.size : data.byteLength;
    this.write(`${number} 0 obj\n<< ${dictionary} /Length ${size} >>\nstream\n`);
    this.write(data, bytes);
    this.write('\nendstream\nendobj\n');
  }

  /** Writes the rest of the file, with the embedded fonts the pages' text uses. */
  finish(info: PdfInfo, fonts: readonly PdfFont[] = []): Blob {
    const firstEmbedded = FIRST_IMAGE + this.imageCount;
    const fontNumbers = fonts.map((_, index) =>
      fonts.slice(0, index).reduce((sum, font) => sum + font.objects.length, firstEmbedded),
    );
    const firstPage = firstEmbedded + fonts.reduce((sum, font) => sum + font.objects.length, 0);
    const pageNumber = (index: number) => firstPage + index * 2;

    this.object(1, '<< /Type /Catalog /Pages 2 0 R >>');
    const kids = this.pages.map((_, index) => `${pageNumber(index)} 0 R`).join(' ');
    this.object(2, `<< /Type /Pages /Kids [${kids}] /Count ${this.pages.length} >>`);
    FONTS.forEach(([, base], index) =>
      this.object(
        3 + index,
        `<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding >>`,
      ),
    );
    this.object(
      INFO_NUMBER,
      `<< /Title ${textString(info.title)} /Creator ${textString(info.creator)} ` +
        `/Producer ${textString(info.creator)} /CreationDate ${pdfDate(info.createdAt)} >>`,
    );
    fonts.forEach((font, fontIndex) =>
      font.objects.forEach(({ dictionary, stream: data }, index) => {
        const number = fontNumbers[fontIndex]! + index;
        const body = dictionary.replace(
          /@(\d+)/g,
          (_, k) => `${fontNumbers[fontIndex]! + Number(k)} 0 R`,
        );
        if (data === undefined) this.object(number, `<< ${body} >>`);
        else this.stream(number, body, data);
      }),
    );
    const fontResources = [
      ...FONTS.map(([name], index) => `/${name} ${3 + index} 0 R`),
      ...fonts.map((font, index) => `/${font.name} ${fontNumbers[index]} 0 R`),
    ].join(' ');
    this.pages.forEach((page, index) => {
      const number = pageNumber(index);
      const xobjects = page.images
        .map((name) => `/${name} ${FIRST_IMAGE + Number(name.slice(2)) - 1} 0 R`)
        .join(' ');
      this.object(
        number,
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width} ${page.height}] ` +
          `/Resources << /Font << ${fontResources} >>` +
          `${xobjects ? ` /XObject << ${xobjects} >>` : ''} >> /Contents ${number + 1} 0 R >>`,
      );
      this.stream(number + 1, '', page.content);
    });

    const count = pageNumber(this.pages.length);
    const xref = this.length;
    let table = `xref\n0 ${count}\n0000000000 65535 f \n`;
    for (let number = 1; number < count; number += 1)
      table += `${String(this.offsets[number]).padStart(10, '0')} 00000 n \n`;
    this.write(table);
    this.write(
      `trailer\n<< /Size ${count} /Root 1 0 R /Info ${INFO_NUMBER} 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
    );
    const file = new Blob(this.parts, { type: 'application/pdf' });
    if (this.digesting) rememberDigests(file, this.digests.result());
    return file;
  }
}
