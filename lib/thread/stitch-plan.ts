import type { Rectangle } from '../messaging/page-schemas';

/**
 * The tallest part of a stitched picture, in image pixels: browsers refuse canvases past
 * about 16,000 to 32,000 px (by height or by area), so a long thread is stitched in parts.
 */
export const PART_HEIGHT_LIMIT = 16_000;
/** And the most pixels in one part, so a wide screen makes shorter parts (about 96 MB). */
export const PART_AREA_LIMIT = 24_000_000;

/** What a screen's seal says of its geometry, all the stitching needs. */
export interface ScreenGeometry {
  index: number;
  scrollTop: number;
  /** How far the page had moved on its own before this screen (posts added above), CSS px. */
  pageMoved: number;
  viewport: { width: number; height: number };
  /** The scroller's visible area in the viewport, CSS px; the whole viewport for the page. */
  scrollerArea?: Rectangle;
  /** The screenshot's size in image pixels. */
  width: number;
  height: number;
}

/** A band of rows copied from one screen into one part, in image pixels. */
export interface StitchBand {
  screenIndex: number;
  sourceY: number;
  targetY: number;
  height: number;
}

export interface StitchPlan {
  /** The columns of every screen that hold the scroller, in image pixels. */
  sourceX: number;
  width: number;
  parts: Array<{ height: number; bands: StitchBand[] }>;
}

/**
 * How the screens make one tall picture. Each screen shows the thread from its own place,
 * its scrollTop less every move the page made on its own before it; a screen gives the rows
 * down to where the next screen starts, so the overlap comes from the later screen, whose
 * fixed and sticky elements were hidden, and the first screen alone shows the sticky header.
 * The last screen gives all its rows. Rows are cut where the screens' places say, in image
 * pixels (rounded once, so bands meet without a gap), and split into parts at the limit.
 */
export function planStitch(screens: readonly ScreenGeometry[]): StitchPlan {
  const ordered = [...screens].sort((a, b) => a.index - b.index);
  const first = ordered[0];
  if (!first) return { sourceX: 0, width: 0, parts: [] };
  const area = first.scrollerArea ?? { x: 0, y: 0, ...first.viewport };
  const scaleX = first.width / first.viewport.width;
  const sourceX = Math.round(area.x * scaleX);
  const width = Math.min(first.width, Math.round((area.x + area.width) * scaleX)) - sourceX;
  const partLimit = Math.max(1, Math.min(PART_HEIGHT_LIMIT, Math.floor(PART_AREA_LIMIT / width)));

  let moved = 0;
  const places = ordered.map((screen) => {
    moved += screen.index === first.index ? 0 : screen.pageMoved;
    return screen.scrollTop - moved;
  });
  const slices: Array<{ screenIndex: number; sourceY: number; height: number }> = [];
  let covered = -Infinity;
  ordered.forEach((screen, at) => {
    const scale = screen.height / screen.viewport.height;
    const scroller = screen.scrollerArea ?? { x: 0, y: 0, ...screen.viewport };
    const place = places[at]!;
    const next = places[at + 1];
    const start = Math.max(place, covered);
    const end = Math.min(place + scroller.height, next ?? Infinity);
    if (end <= start) return;
    const top = Math.round((scroller.y + start - place) * scale);
    const bottom = Math.min(screen.height, Math.round((scroller.y + end - place) * scale));
    if (bottom > top)
      slices.push({ screenIndex: screen.index, sourceY: top, height: bottom - top });
    covered = end;
  });

  const parts: StitchPlan['parts'] = [];
  for (const slice of slices) {
    let done = 0;
    while (done < slice.height) {
      let part = parts.at(-1);
      if (!part || part.height >= partLimit) {
        part = { height: 0, bands: [] };
        parts.push(part);
      }
      const rows = Math.min(slice.height - done, partLimit - part.height);
      part.bands.push({
        screenIndex: slice.screenIndex,
        sourceY: slice.sourceY + done,
        targetY: part.height,
        height: rows,
      });
      part.height += rows;
      done += rows;
    }
  }
  return { sourceX, width, parts };
}
