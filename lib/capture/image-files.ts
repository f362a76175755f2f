import type { Rectangle } from '../evidence/capture-metadata';

export interface Picture {
  blob: Blob;
  width: number;
  height: number;
}

/** The bytes of a data URL, unchanged: the browser's PNG is stored as it produced it. */
export function dataUrlToBlob(dataUrl: string): Blob {
  const match = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('Not a data URL');
  const [, mimeType, base64, data] = match;
  if (!base64) return new Blob([decodeURIComponent(data!)], { type: mimeType });
  const binary = atob(data!);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: mimeType });
}

export async function blobToDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return `data:${blob.type};base64,${btoa(binary)}`;
}

export async function decodePicture(blob: Blob): Promise<ImageBitmap> {
  return createImageBitmap(blob);
}

/** Cuts a rectangle, in image pixels, out of a picture, as a PNG. */
export async function cropPicture(source: ImageBitmap, area: Rectangle): Promise<Picture> {
  const width = Math.max(1, Math.round(area.width));
  const height = Math.max(1, Math.round(area.height));
  const canvas = new OffscreenCanvas(width, height);
  canvas
    .getContext('2d')!
    .drawImage(source, Math.round(area.x), Math.round(area.y), width, height, 0, 0, width, height);
  return { blob: await canvas.convertToBlob({ type: 'image/png' }), width, height };
}

/** A small JPEG for lists, scaled to fit the box and never enlarged. */
export async function thumbnailOf(
  source: ImageBitmap,
  box = { width: 320, height: 200 },
): Promise<Picture> {
  const scale = Math.min(1, box.width / source.width, box.height / source.height);
  const width = Math.max(1, Math.round(source.width * scale));
  const height = Math.max(1, Math.round(source.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, width, height);
  return { blob: await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 }), width, height };
}
