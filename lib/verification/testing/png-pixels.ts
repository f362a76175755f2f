import { PNG } from 'pngjs';
import type { Rectangle } from '../../evidence/capture-metadata';

/**
 * The pixel comparison of canvas-pixels.ts for unit tests, which run in Node without a
 * canvas: the same question answered with pngjs's decoder.
 */
export async function samePixelsInNode(
  screenshot: Blob,
  crop: Blob,
  area: Rectangle,
): Promise<boolean> {
  const [whole, part] = await Promise.all([decode(screenshot), decode(crop)]);
  if (part.width !== area.width || part.height !== area.height) return false;
  for (let row = 0; row < area.height; row += 1) {
    const start = ((area.y + row) * whole.width + area.x) * 4;
    const expected = whole.data.subarray(start, start + area.width * 4);
    const actual = part.data.subarray(row * area.width * 4, (row + 1) * area.width * 4);
    if (!expected.equals(actual)) return false;
  }
  return true;
}

async function decode(image: Blob): Promise<PNG> {
  return PNG.sync.read(Buffer.from(await image.arrayBuffer()));
}

/** A PNG of the given size whose pixels follow `colour(x, y)`, as RGBA. */
export function pngOf(
  width: number,
  height: number,
  colour: (x: number, y: number) => [number, number, number, number],
): Uint8Array {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) image.data.set(colour(x, y), (y * width + x) * 4);
  }
  return new Uint8Array(PNG.sync.write(image));
}
