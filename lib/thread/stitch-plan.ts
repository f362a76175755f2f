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

/** A band placed in its part: the part's number, and whether the band fills the part. */
export interface PlacedBand extends StitchBand {
  part: number;
  fillsPart: boolean;
}

/**
 * How the screens make one tall picture. Each screen shows the thread from its own place,
 * its scrollTop less every move the page made on its own before it; a screen gives the rows
 * down to where the next screen starts, so the overlap comes from the later screen, whose
 * fixed and sticky elements were hidden, and the first screen alone shows the sticky header.
 * The last screen gives all its rows. Rows are cut where the screens' places say, in image
 * pixels (rounded once, so bands meet without a gap), and split into parts at the limit.
 *
 * The plan is made as the screens come, in order: a screen's bands are known when the next
 * one arrives (`add` returns the previous screen's) or when there is none (`finish`), so the
 * picture can be drawn during the capture, one part at a time.
 */
export function createStitchPlanner(first: ScreenGeometry) {
  const area = first.scrollerArea ?? { x: 0, y: 0, ...first.viewport };
  const scaleX = first.width / first.viewport.width;
  const sourceX = Math.round(area.x * scaleX);
  const width = Math.min(first.width, Math.round((area.x + area.width) * scaleX)) - sourceX;
  const partLimit = Math.max(1, Math.min(PART_HEIGHT_LIMIT, Math.floor(PART_AREA_LIMIT / width)));
  let moved = 0;
  let covered = -Infinity;
  let part = -1;
  let partHeight = partLimit;
  let pending: { screen: ScreenGeometry; place: number } | null = null;

  function placeOf(screen: ScreenGeometry): number {
    moved += screen.index === first.index ? 0 : screen.pageMoved;
    return screen.scrollTop - moved;
  }

  /** The rows the pending screen gives, down to `next` (the next screen's place). */
  function bandsOfPending(next: number | undefined): PlacedBand[] {
    if (!pending) return [];
    const { screen, place } = pending;
    const scale = screen.height / screen.viewport.height;
    const scroller = screen.scrollerArea ?? { x: 0, y: 0, ...screen.viewport };
    const start = Math.max(place, covered);
    const end = Math.min(place + scroller.height, next ?? Infinity);
    if (end <= start) return [];
    covered = end;
    const top = Math.round((scroller.y + start - place) * scale);
    const bottom = Math.min(screen.height, Math.round((scroller.y + end - place) * scale));
    const placed: PlacedBand[] = [];
    for (let done = 0; done < bottom - top;) {
      if (partHeight >= partLimit) {
        part += 1;
        partHeight = 0;
      }
      const rows = Math.min(bottom - top - done, partLimit - partHeight);
      placed.push({
        part,
        screenIndex: screen.index,
        sourceY: top + done,
        targetY: partHeight,
        height: rows,
        fillsPart: partHeight + rows === partLimit,
      });
      partHeight += rows;
      done += rows;
    }
    return placed;
  }

  return {
    sourceX,
    width,
    partLimit,
    /** Takes the next screen; returns the bands of the one before it, now that they are known. */
    add(screen: ScreenGeometry): PlacedBand[] {
      const place = placeOf(screen);
      const bands = bandsOfPending(place);
      pending = { screen, place };
      return bands;
    },
    /** The last screen's bands: all of its rows. */
    finish(): PlacedBand[] {
      const bands = bandsOfPending(undefined);
      pending = null;
      return bands;
    },
  };
}

/** The whole plan at once, for screens already stored. */
export function planStitch(screens: readonly ScreenGeometry[]): StitchPlan {
  const ordered = [...screens].sort((a, b) => a.index - b.index);
  const first = ordered[0];
  if (!first) return { sourceX: 0, width: 0, parts: [] };
  const planner = createStitchPlanner(first);
  const bands = [...ordered.flatMap((screen) => planner.add(screen)), ...planner.finish()];
  const parts: StitchPlan['parts'] = [];
  for (const { part, screenIndex, sourceY, targetY, height } of bands) {
    parts[part] ??= { height: 0, bands: [] };
    parts[part].bands.push({ screenIndex, sourceY, targetY, height });
    parts[part].height += height;
  }
  return { sourceX: planner.sourceX, width: planner.width, parts };
}
