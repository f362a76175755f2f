import type { Rectangle } from '../evidence/capture-metadata';

/** Whether a crop holds exactly the pixels of an area of a screenshot (browser only). */
export async function samePixels(screenshot: Blob, crop: Blob, area: Rectangle): Promise<boolean> {
  const [whole, part] = await Promise.all([createImageBitmap(screenshot), createImageBitmap(crop)]);
  if (part.width !== area.width || part.height !== area.height) return false;
  const pixelsOf = (bitmap: ImageBitmap, x: number, y: number) => {
    const canvas = new OffscreenCanvas(area.width, area.height);
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(bitmap, -x, -y);
    return context.getImageData(0, 0, area.width, area.height).data;
  };
  const expected = pixelsOf(whole, area.x, area.y);
  const actual = pixelsOf(part, 0, 0);
  return expected.every((value, index) => value === actual[index]);
}
