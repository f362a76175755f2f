import { rememberDigests } from '../export/blob-digests';
import { crc32 } from '../export/crc32';

/**
 * An image the PDF can draw. A PNG screenshot from the browser (8-bit RGB or grey, not
 * interlaced) goes in as it is: its IDAT data is already the zlib stream, with PNG row
 * filters, that a PDF FlateDecode filter with predictor 15 reads. Its bytes are referenced as
 * slices of the stored Blob, never copied or decoded. Anything else (transparency, palette,
 * 16-bit) is first turned into a JPEG by the caller.
 */
export interface PdfImage {
  kind: 'png' | 'jpeg';
  data: Blob;
  width: number;
  height: number;
  colors: 1 | 3;
  /**
   * The data's bytes, already read: the writer digests them as it writes, so the report's
   * hash needs no second read of every screenshot. Left out by callers that keep images.
   */
  bytes?: readonly Uint8Array[];
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The PNG as a PDF image, or null when the PDF cannot take its data as it is. Its bytes, read
 * here once, also give the file's ZIP checksum, remembered for the export's archive.
 */
export async function pngForPdf(
  png: Blob,
  read: Promise<ArrayBuffer> = png.arrayBuffer(),
): Promise<PdfImage | null> {
  const bytes = new Uint8Array(await read);
  rememberDigests(png, { crc32: crc32(bytes) });
  if (bytes.length < 33 || !SIGNATURE.every((byte, index) => bytes[index] === byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = (offset: number) => String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
  if (type(8) !== 'IHDR') return null;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const [bitDepth, colorType, compression, filter, interlace] = bytes.subarray(24, 29);
  const colors = colorType === 2 ? 3 : colorType === 0 ? 1 : null;
  if (bitDepth !== 8 || !colors || compression !== 0 || filter !== 0 || interlace !== 0)
    return null;
  const parts: Blob[] = [];
  const data: Uint8Array[] = [];
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const chunk = type(offset);
    if (offset + 12 + length > bytes.length) return null;
    if (chunk === 'IDAT') {
      parts.push(png.slice(offset + 8, offset + 8 + length));
      data.push(bytes.subarray(offset + 8, offset + 8 + length));
    }
    if (chunk === 'IEND') break;
    offset += 12 + length;
  }
  if (parts.length === 0) return null;
  // A single IDAT chunk is its slice as it is: no Blob made around it.
  const idat = parts.length === 1 ? parts[0]! : new Blob(parts);
  return { kind: 'png', data: idat, bytes: data, width, height, colors };
}

/** A JPEG's size and colour count, read from its start-of-frame marker. */
export async function jpegForPdf(jpeg: Blob): Promise<PdfImage | null> {
  const bytes = new Uint8Array(await jpeg.arrayBuffer());
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) {
      const height = (bytes[offset + 5]! << 8) | bytes[offset + 6]!;
      const width = (bytes[offset + 7]! << 8) | bytes[offset + 8]!;
      const components = bytes[offset + 9];
      if (components !== 1 && components !== 3) return null;
      return { kind: 'jpeg', data: jpeg, bytes: [bytes], width, height, colors: components };
    }
    offset += 2 + length;
  }
  return null;
}
