import type { Rectangle } from '../evidence/capture-metadata';
import { pngSize } from './png-size';

export interface Picture {
  blob: Blob;
  width: number;
  height: number;
}

/** The browser's screenshot, its bytes kept exactly as it encoded them. */
export async function screenshotPicture(dataUrl: string): Promise<Picture> {
  if (!dataUrl.startsWith('data:image/png;base64,')) throw new Error('Not a PNG screenshot');
  const blob = await (await fetch(dataUrl)).blob();
  const size = pngSize(new Uint8Array(await blob.slice(0, 24).arrayBuffer()));
  return { blob, ...size };
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
