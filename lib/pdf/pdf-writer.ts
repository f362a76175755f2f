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

/**
 * Writes a PDF 1.4 file: pages of text, in the standard fonts or embedded ones, and images. The result is a Blob
 * made of parts: image data stays a reference to the stored file, so a report of a thousand
 * screenshots costs little memory. Content streams are left uncompressed, so the text can be
 * read, searched and checked with the plainest tools.
 */
export class PdfWriter {
  private readonly images: PdfImage[] = [];
  private readonly pages: PdfPage[] = [];

  /** Registers an image and returns the name a content stream draws it by. */
  addImage(image: PdfImage): string {
    this.images.push(image);
    return `Im${this.images.length}`;
  }

  addPage(page: PdfPage): void {
    this.pages.push(page);
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /** Writes the file, with the embedded fonts the pages' text uses. */
  finish(info: PdfInfo, fonts: readonly PdfFont[] = []): Blob {
    const parts: BlobPart[] = [];
    const offsets: number[] = [];
    let length = 0;
    const write = (part: string | Blob) => {
      const data = typeof part === 'string' ? latin1(part) : part;
      parts.push(data);
      length += data instanceof Blob ? data.size : data.byteLength;
    };
    const object = (number: number, body: string) => {
      offsets[number] = length;
      write(`${number} 0 obj\n${body}\nendobj\n`);
    };
    const stream = (number: number, dictionary: string, data: string | Blob) => {
      offsets[number] = length;
      const size = typeof data === 'string' ? data.length : data.size;
      write(`${number} 0 obj\n<< ${dictionary} /Length ${size} >>\nstream\n`);
      write(data);
      write('\nendstream\nendobj\n');
    };

    const firstEmbedded = 3 + FONTS.length + 1;
    const fontNumbers = fonts.map((_, index) =>
      fonts.slice(0, index).reduce((sum, font) => sum + font.objects.length, firstEmbedded),
    );
    const firstImage = firstEmbedded + fonts.reduce((sum, font) => sum + font.objects.length, 0);
    const firstPage = firstImage + this.images.length;
    const pageNumber = (index: number) => firstPage + index * 2;

    // A binary comment line tells transfer tools the file is not plain text.
    write('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n');
    object(1, '<< /Type /Catalog /Pages 2 0 R >>');
    const kids = this.pages.map((_, index) => `${pageNumber(index)} 0 R`).join(' ');
    object(2, `<< /Type /Pages /Kids [${kids}] /Count ${this.pages.length} >>`);
    FONTS.forEach(([, base], index) =>
      object(
        3 + index,
        `<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding >>`,
      ),
    );
    const infoNumber = 3 + FONTS.length;
    object(
      infoNumber,
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
        if (data === undefined) object(number, `<< ${body} >>`);
        else stream(number, body, typeof data === 'string' ? data : new Blob([data]));
      }),
    );
    this.images.forEach((image, index) => {
      const space = image.colors === 3 ? '/DeviceRGB' : '/DeviceGray';
      const common =
        `/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} ` +
        `/ColorSpace ${space} /BitsPerComponent 8`;
      const filter =
        image.kind === 'jpeg'
          ? '/Filter /DCTDecode'
          : `/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors ${image.colors} ` +
            `/BitsPerComponent 8 /Columns ${image.width} >>`;
      stream(firstImage + index, `${common} ${filter}`, image.data);
    });
    const fontResources = [
      ...FONTS.map(([name], index) => `/${name} ${3 + index} 0 R`),
      ...fonts.map((font, index) => `/${font.name} ${fontNumbers[index]} 0 R`),
    ].join(' ');
    this.pages.forEach((page, index) => {
      const number = pageNumber(index);
      const xobjects = page.images
        .map((name) => `/${name} ${firstImage + Number(name.slice(2)) - 1} 0 R`)
        .join(' ');
      object(
        number,
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width} ${page.height}] ` +
          `/Resources << /Font << ${fontResources} >>` +
          `${xobjects ? ` /XObject << ${xobjects} >>` : ''} >> /Contents ${number + 1} 0 R >>`,
      );
      stream(number + 1, '', page.content);
    });

    const count = pageNumber(this.pages.length);
    const xref = length;
    let table = `xref\n0 ${count}\n0000000000 65535 f \n`;
    for (let number = 1; number < count; number += 1)
      table += `${String(offsets[number]).padStart(10, '0')} 00000 n \n`;
    write(table);
    write(
      `trailer\n<< /Size ${count} /Root 1 0 R /Info ${infoNumber} 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
    );
    return new Blob(parts, { type: 'application/pdf' });
  }
}
