const KEPT = 20;

export interface RightClickHistory {
  remember(element: Element): void;
  /** The last right-clicked element at or before a time, in milliseconds since 1970. */
  lastBefore(time: number): Element | null;
}

/**
 * The last right-clicks of the page, with when they happened. In a burst the background may
 * ask about a click after the next one has begun, so it names the click by its time: the one
 * it wants is the last right-click before the menu item was chosen.
 */
export function createRightClickHistory(now: () => number = () => Date.now()): RightClickHistory {
  const clicks: Array<{ at: number; element: Element }> = [];
  return {
    remember(element: Element) {
      clicks.push({ at: now(), element });
      if (clicks.length > KEPT) clicks.shift();
    },
    lastBefore(time: number): Element | null {
      for (let index = clicks.length - 1; index >= 0; index -= 1) {
        if (clicks[index]!.at <= time) return clicks[index]!.element;
      }
      return null;
    },
  };
}
