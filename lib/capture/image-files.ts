import type { Rectangle } from '../evidence/capture-metadata';
import { sha256Hex } from '../evidence/sha256';
import { pngSize } from './png-size';

export interface Picture {
  blob: Blob;
  width: number;
  height: number;
}

/** The browser's screenshot, its bytes kept exactly as it encoded them. */
export async function screenshotPicture(dataUrl: string): Promise<Picture> {
  const bytes = screenshotBytes(dataUrl);
  return { blob: new Blob([bytes], { type: 'image/png' }), ...pngSize(bytes) };
}

/**
 * The screenshot with the SHA-256 of its bytes, hashed from the very bytes the Blob is made
 * of, so a capture need not read its Blob back to hash it.
 */
export async function hashedScreenshot(dataUrl: string): Promise<Picture & { sha256: string }> {
  const bytes = screenshotBytes(dataUrl);
  const sha256 = await sha256Hex(bytes);
  return { blob: new Blob([bytes], { type: 'image/png' }), ...pngSize(bytes), sha256 };
}

function screenshotBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const prefix = 'data:image/png;base64,';
  if (!dataUrl.startsWith(prefix)) throw new Error('Not a PNG screenshot');
  return base64Bytes(dataUrl.slice(prefix.length));
}

/** Decodes base64 natively where the browser can (Chrome 140+, Firefox 133+). */
function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> })
    .fromBase64;
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export async function blobToDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return `data:${blob.type};base64,${btoa(binary)}`;
}

/** Cuts a rectangle, in image pixels, out of a PNG, decoding only that part, as a PNG. */
export async function cropPicture(source: Blob, area: Rectangle): Promise<Picture> {
  const width = Math.max(1, Math.round(area.width));
  const height = Math.max(1, Math.round(area.height));
  const part = await createImageBitmap(
    source,
    Math.round(area.x),
    Math.round(area.y),
    width,
    height,
  );
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')!.drawImage(part, 0, 0);
  part.close();
  return { blob: await canvas.convertToBlob({ type: 'image/png' }), width, height };
}

/** A small JPEG for lists, scaled to fit the box and never enlarged. */
export async function thumbnailOf(
  source: Picture,
  box = { width: 320, height: 200 },
): Promise<Picture> {
  const scale = Math.min(1, box.width / source.width, box.height / source.height);
  const width = Math.max(1, Math.round(source.width * scale));
  const height = Math.max(1, Math.round(source.height * scale));
  const bitmap = await createImageBitmap(source.blob, {
    resizeWidth: width,
    resizeHeight: height,
    resizeQuality: 'high',
  });
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
  bitmap.close();
  return { blob: await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 }), width, height };
}
