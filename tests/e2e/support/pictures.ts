import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function decodePng(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}

export function pixelAt(png: PNG, x: number, y: number): [number, number, number] {
  const offset = (png.width * Math.round(y) + Math.round(x)) * 4;
  return [png.data[offset]!, png.data[offset + 1]!, png.data[offset + 2]!];
}

/** Whether the crop is exactly the same pixels as the screenshot at the given offset. */
export function sameRegion(crop: PNG, screenshot: PNG, left: number, top: number): boolean {
  for (let y = 0; y < crop.height; y += 1) {
    for (let x = 0; x < crop.width; x += 1) {
      const from = (crop.width * y + x) * 4;
      const to = (screenshot.width * (top + y) + left + x) * 4;
      for (let channel = 0; channel < 4; channel += 1) {
        if (crop.data[from + channel] !== screenshot.data[to + channel]) return false;
      }
    }
  }
  return true;
}
