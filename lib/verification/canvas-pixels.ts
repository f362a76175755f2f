import type { Rectangle } from '../evidence/capture-metadata';

/** Rows compared at a time are chosen to read about this many pixels per step. */
const BAND_PIXELS = 1 << 20;

/**
 * Whether a crop holds exactly the pixels of an area of a screenshot, decoded by the browser
 * (createImageBitmap and OffscreenCanvas, which a page and a worker both have). The area is
 * read in bands of rows, so only a band of each image is ever copied out at once.
 */
export async function samePixels(screenshot: Blob, crop: Blob, area: Rectangle): Promise<boolean> {
  const [whole, part] = await Promise.all([createImageBitmap(screenshot), createImageBitmap(crop)]);
  try {
    if (part.width !== area.width || part.height !== area.height) return false;
    const band = Math.max(1, Math.floor(BAND_PIXELS / area.width));
    const canvas = new OffscreenCanvas(area.width, Math.min(band, area.height));
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    const rowsOf = (bitmap: ImageBitmap, x: number, y: number, rows: number) => {
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.drawImage(bitmap, -x, -y);
      return context.getImageData(0, 0, area.width, rows).data;
    };
    for (let top = 0; top < area.height; top += band) {
      const rows = Math.min(band, area.height - top);
      const expected = rowsOf(whole, area.x, area.y + top, rows);
      const actual = rowsOf(part, 0, top, rows);
      if (!expected.every((value, index) => value === actual[index])) return false;
    }
    return true;
  } finally {
    whole.close();
    part.close();
  }
}
