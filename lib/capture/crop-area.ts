import type { Rectangle } from '../evidence/capture-metadata';

export type CropArea =
  { outcome: 'cropped' | 'clipped-to-viewport'; area: Rectangle } | { outcome: 'post-out-of-view' };

/**
 * Converts an element's box, in CSS pixels relative to the viewport, to the area of the
 * screenshot it covers, in image pixels. The scale is read from the screenshot itself, so
 * device pixel ratio and page zoom are both accounted for. Parts off screen, or outside the
 * frame the element is in (`visible`), are cut away.
 */
export function cropArea({
  element,
  viewport,
  visible,
  image,
}: {
  element: Rectangle;
  viewport: { width: number; height: number };
  visible?: Rectangle;
  image: { width: number; height: number };
}): CropArea {
  const scaleX = image.width / viewport.width;
  const scaleY = image.height / viewport.height;
  const clip = visible ?? { x: 0, y: 0, ...viewport };
  const left = Math.max(0, clip.x, element.x);
  const top = Math.max(0, clip.y, element.y);
  const right = Math.min(viewport.width, clip.x + clip.width, element.x + element.width);
  const bottom = Math.min(viewport.height, clip.y + clip.height, element.y + element.height);
  if (right - left < 1 || bottom - top < 1) return { outcome: 'post-out-of-view' };
  const clipped =
    left > element.x ||
    top > element.y ||
    right < element.x + element.width ||
    bottom < element.y + element.height;
  const x = Math.round(left * scaleX);
  const y = Math.round(top * scaleY);
  return {
    outcome: clipped ? 'clipped-to-viewport' : 'cropped',
    area: {
      x,
      y,
      width: Math.min(image.width, Math.round(right * scaleX)) - x,
      height: Math.min(image.height, Math.round(bottom * scaleY)) - y,
    },
  };
}
