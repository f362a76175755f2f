import type { Rectangle } from '../evidence/capture-metadata';
import { pngSize } from '../capture/png-size';
import type { EvidenceProblem } from './evidence-problem';

/** Compares a crop with an area of a screenshot, pixel for pixel (see canvas-pixels.ts). */
export type PixelComparer = (screenshot: Blob, crop: Blob, area: Rectangle) => Promise<boolean>;

/**
 * The most pixels a screenshot may have to be decoded: an 8K screen (7680 × 4320) and a
 * little more. Decoding costs four bytes a pixel, so a forged PNG declaring a huge image is
 * refused from its header, before the browser's decoder is asked for gigabytes.
 */
export const MAX_SCREENSHOT_PIXELS = 36_000_000;

/**
 * Cuts the post out of the screenshot again, at the sealed area rounded as the capture
 * rounded it, and compares every pixel with the stored crop: the crop's own hash is not
 * sealed, so only its pixels prove it. Both images must be PNGs whose headers fit.
 */
export async function checkCrop(
  screenshot: Blob,
  crop: Blob,
  sealedArea: Rectangle,
  samePixels: PixelComparer,
): Promise<{ reproduced: boolean; problems: EvidenceProblem[] }> {
  const failed = (problem: EvidenceProblem) => ({ reproduced: false, problems: [problem] });
  const [whole, part] = await Promise.all([headerSize(screenshot), headerSize(crop)]);
  if (!whole) return failed({ reason: 'crop-unreadable', subject: 'page-screenshot' });
  if (!part) return failed({ reason: 'crop-unreadable', subject: 'post-crop' });
  if (whole.width * whole.height > MAX_SCREENSHOT_PIXELS) {
    const found = `${whole.width} × ${whole.height}`;
    return failed({ reason: 'image-too-large', subject: 'page-screenshot', found });
  }
  const area = roundedArea(sealedArea);
  const fits =
    part.width === area.width &&
    part.height === area.height &&
    area.x >= 0 &&
    area.y >= 0 &&
    area.x + area.width <= whole.width &&
    area.y + area.height <= whole.height;
  let same: boolean;
  try {
    same = fits && (await samePixels(screenshot, crop, area));
  } catch {
    return failed({ reason: 'crop-unreadable', subject: 'post-crop' });
  }
  return same
    ? { reproduced: true, problems: [] }
    : failed({ reason: 'crop-differs', subject: 'post-crop' });
}

/** The area as the capture cut it (lib/capture/image-files.ts): whole pixels, at least one. */
export function roundedArea(area: Rectangle): Rectangle {
  return {
    x: Math.round(area.x),
    y: Math.round(area.y),
    width: Math.max(1, Math.round(area.width)),
    height: Math.max(1, Math.round(area.height)),
  };
}

async function headerSize(image: Blob): Promise<{ width: number; height: number } | null> {
  try {
    return pngSize(new Uint8Array(await image.slice(0, 24).arrayBuffer()));
  } catch {
    return null;
  }
}
