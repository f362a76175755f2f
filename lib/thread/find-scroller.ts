/**
 * The element that scrolls the thread holding a post: the nearest ancestor that scrolls
 * vertically (a live chat's or a side pane's list), else the page itself.
 */
export function findScroller(post: Element): Element {
  const window = post.ownerDocument.defaultView!;
  for (let element = post.parentElement; element; element = element.parentElement) {
    if (element === post.ownerDocument.body || element === post.ownerDocument.documentElement) {
      break;
    }
    const overflow = window.getComputedStyle(element).overflowY;
    if (/(auto|scroll|overlay)/.test(overflow) && element.scrollHeight > element.clientHeight + 1) {
      return element;
    }
  }
  return post.ownerDocument.scrollingElement ?? post.ownerDocument.documentElement;
}

/** Whether the scroller is the page itself rather than an element inside it. */
export function isPageScroller(scroller: Element): boolean {
  return scroller === scroller.ownerDocument.scrollingElement;
}

/**
 * Brings an inner scroller wholly into the window when it fits, else its top to the window's
 * top: a scroller cut by the window's top edge would hide its first rows from every screen.
 * The page itself is the caller's to put back.
 */
export function bringIntoView(scroller: Element): void {
  if (isPageScroller(scroller)) return;
  const window = scroller.ownerDocument.defaultView!;
  const box = scroller.getBoundingClientRect();
  const inside =
    box.top >= 0 &&
    box.left >= 0 &&
    box.bottom <= window.innerHeight &&
    box.right <= window.innerWidth;
  if (inside) return;
  scroller.scrollIntoView({
    block: box.height <= window.innerHeight ? 'nearest' : 'start',
    inline: 'nearest',
    behavior: 'instant',
  });
}

/** The scroller's visible box in the viewport, in CSS pixels. */
export function viewportOfScroller(scroller: Element): { top: number; bottom: number } {
  if (isPageScroller(scroller)) {
    return { top: 0, bottom: scroller.ownerDocument.defaultView!.innerHeight };
  }
  const box = scroller.getBoundingClientRect();
  const window = scroller.ownerDocument.defaultView!;
  return { top: Math.max(0, box.top), bottom: Math.min(window.innerHeight, box.bottom) };
}

/**
 * Where the scroller shows its content in the viewport, in CSS pixels: its client area (no
 * border, no scroll bar), cut to the viewport; the whole viewport for the page.
 */
export function scrollerArea(scroller: Element) {
  const window = scroller.ownerDocument.defaultView!;
  if (isPageScroller(scroller)) {
    return { x: 0, y: 0, width: window.innerWidth, height: window.innerHeight };
  }
  const box = scroller.getBoundingClientRect();
  const left = Math.max(0, box.left + scroller.clientLeft);
  const top = Math.max(0, box.top + scroller.clientTop);
  const right = Math.min(window.innerWidth, box.left + scroller.clientLeft + scroller.clientWidth);
  const bottom = Math.min(window.innerHeight, box.top + scroller.clientTop + scroller.clientHeight);
  return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/**
 * Scrolls and resolves once the scroller has stopped (its `scrollend`, or a timeout for
 * browsers and pages that do not send it), then a short settle for lazy content.
 */
export async function scrollAndSettle(scroller: Element, by: number, settleMs = 60) {
  const window = scroller.ownerDocument.defaultView!;
  const target = isPageScroller(scroller) ? window : scroller;
  const before = scroller.scrollTop;
  const ended = new Promise<void>((resolve) => {
    const done = () => {
      window.clearTimeout(timer);
      target.removeEventListener('scrollend', done);
      resolve();
    };
    const timer = window.setTimeout(done, 300);
    target.addEventListener('scrollend', done, { once: true });
  });
  scroller.scrollBy({ top: by, behavior: 'instant' });
  if (scroller.scrollTop !== before) await ended;
  await new Promise((resolve) => window.setTimeout(resolve, settleMs));
}
