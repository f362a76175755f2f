/**
 * The arithmetic of the picture viewer, kept apart from the DOM so it can be tested: a view is
 * a zoom (a share of the picture's own pixels) and the place of the picture's top-left corner
 * in the viewport, in CSS pixels.
 */

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface View extends Point {
  zoom: number;
}

/** 10 % to 800 %. */
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 8;

/** Zoom steps for the buttons and the + and − keys. */
export const ZOOM_STEPS = [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8] as const;

/** How far an arrow key moves the picture, in CSS pixels. */
export const PAN_STEP = 48;

/** A zoom within bounds; anything not a finite positive number becomes 100 %. */
export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom) || zoom <= 0) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** The next step up or down from a zoom that may sit between steps. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > zoom + 1e-9) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((step) => step < zoom - 1e-9) ?? MIN_ZOOM;
}

/** The zoom at which the picture is as wide as the box, never above its own size. */
export function fitWidthZoom(image: Size, box: Size): number {
  if (image.width <= 0 || box.width <= 0) return 1;
  return clampZoom(Math.min(1, box.width / image.width));
}

/**
 * The zoom a Ctrl+wheel event asks for: smooth, so a trackpad pinch (small deltas) and a
 * mouse wheel notch (about 100 px) both feel right. Lines and pages are turned into pixels.
 */
export function wheelZoom(zoom: number, deltaY: number, deltaMode = 0): number {
  const pixels = deltaY * (deltaMode === 1 ? 16 : deltaMode === 2 ? 800 : 1);
  const bounded = Math.max(-200, Math.min(200, pixels));
  return clampZoom(zoom * Math.exp(-bounded / 400));
}

/** One axis: centred when the picture is narrower than the box, else no gap at either edge. */
function clampAxis(offset: number, content: number, box: number): number {
  if (content <= box) return (box - content) / 2;
  return Math.min(0, Math.max(box - content, offset));
}

/** A view whose zoom is within bounds and whose picture covers the box as far as it can. */
export function clampPan(view: View, image: Size, box: Size): View {
  const zoom = clampZoom(view.zoom);
  return {
    zoom,
    x: clampAxis(view.x, image.width * zoom, box.width),
    y: clampAxis(view.y, image.height * zoom, box.height),
  };
}

/** Fitted to the width, its top in view. */
export function fitView(image: Size, box: Size): View {
  return clampPan({ zoom: fitWidthZoom(image, box), x: 0, y: 0 }, image, box);
}

/**
 * A new zoom that keeps the picture's pixel under `point` (viewport coordinates) under it,
 * as far as the edges allow.
 */
export function zoomAt(view: View, nextZoom: number, point: Point, image: Size, box: Size): View {
  const zoom = clampZoom(nextZoom);
  const ratio = zoom / view.zoom;
  return clampPan(
    { zoom, x: point.x - (point.x - view.x) * ratio, y: point.y - (point.y - view.y) * ratio },
    image,
    box,
  );
}

/** The view moved by (dx, dy) CSS pixels, within the edges. */
export function panBy(view: View, dx: number, dy: number, image: Size, box: Size): View {
  return clampPan({ zoom: view.zoom, x: view.x + dx, y: view.y + dy }, image, box);
}

/** Whether the picture overflows the box, so that there is anything to pan. */
export function canPan(view: View, image: Size, box: Size): boolean {
  return image.width * view.zoom > box.width + 0.5 || image.height * view.zoom > box.height + 0.5;
}

/** Two views the same to the pixel. */
export function sameView(a: View, b: View): boolean {
  return Math.abs(a.zoom - b.zoom) < 1e-9 && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
}
