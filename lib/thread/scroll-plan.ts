/** A post's place in the scroller's viewport, in CSS pixels from the viewport's top. */
export interface PlacedPost {
  key: string;
  top: number;
  bottom: number;
}

/** The scroller's viewport: its visible height and where it is. */
export interface ScrollerView {
  scrollTop: number;
  clientHeight: number;
  scrollHeight: number;
}

/** How much of a screen the next one shows again, so no post falls between two screens. */
export const OVERLAP = 0.15;
/** Room left above the anchor post, so its top border is in the next screen too. */
const ANCHOR_MARGIN = 8;

export interface NextScroll {
  /** How far to scroll down, in CSS pixels. */
  by: number;
  /** The post the next screen starts with, found again after the scroll to check the move. */
  anchor?: { key: string; top: number };
}

/**
 * How far to scroll for the next screen. The next screen starts with the last post that
 * begins in the lower part of this one, so screens overlap by at least a post; with no such
 * post (one tall post, or none found) it moves by the viewport less the overlap.
 */
export function planNextScroll(view: ScrollerView, posts: readonly PlacedPost[]): NextScroll {
  const fallback = Math.max(1, Math.floor(view.clientHeight * (1 - OVERLAP)));
  const lowest = view.clientHeight * (1 - OVERLAP);
  const candidates = posts.filter((post) => post.top > ANCHOR_MARGIN && post.top <= lowest);
  const anchor = candidates.at(-1);
  if (!anchor) return { by: fallback };
  return {
    by: Math.floor(anchor.top - ANCHOR_MARGIN),
    anchor: { key: anchor.key, top: ANCHOR_MARGIN },
  };
}

/** Whether the scroller shows its last pixels. */
export function atEnd(view: ScrollerView): boolean {
  return view.scrollTop + view.clientHeight >= view.scrollHeight - 0.5;
}

/**
 * How far the page is from where the plan expected it after a scroll: a feed that dropped or
 * added posts above moves its anchor. Zero when the anchor is where it should be or is gone
 * (then the screen's own overlap is all there is to go on).
 */
export function anchorCorrection(
  expected: NextScroll['anchor'],
  posts: readonly PlacedPost[],
): number {
  if (!expected) return 0;
  const found = posts.find((post) => post.key === expected.key);
  if (!found) return 0;
  return Math.round(found.top - expected.top);
}
