const KEPT = 20;

/** Where an element was in its frame's viewport, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RightClick {
  element: Element;
  /** Where the element was at the right-click: the capture checks it has not moved since. */
  box: Box;
}

export interface RightClickHistory {
  remember(element: Element, box: Box): void;
  /** The last right-click at or before a time, in milliseconds since 1970. */
  lastBefore(time: number): RightClick | null;
}

/**
 * The last right-clicks of the page, with when they happened. In a burst the background may
 * ask about a click after the next one has begun, so it names the click by its time: the one
 * it wants is the last right-click before the menu item was chosen.
 */
export function createRightClickHistory(now: () => number = () => Date.now()): RightClickHistory {
  const clicks: Array<RightClick & { at: number }> = [];
  return {
    remember(element: Element, box: Box) {
      clicks.push({ at: now(), element, box });
      if (clicks.length > KEPT) clicks.shift();
    },
    lastBefore(time: number): RightClick | null {
      for (let index = clicks.length - 1; index >= 0; index -= 1) {
        if (clicks[index]!.at <= time) return clicks[index]!;
      }
      return null;
    },
  };
}
