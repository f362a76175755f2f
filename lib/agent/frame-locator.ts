import type { Rectangle } from '../messaging/page-schemas';

const PREFIX = 'temoin/frame:';
/** How long the top frame waits for a frame's announcement that is still in flight. */
const WAIT_MS = 500;
const MAX_WATCHED = 20;

type FrameElement = HTMLIFrameElement | HTMLFrameElement;

/**
 * Tells the top frame's agent which frame this is. A frame cannot see where it sits in the
 * page when the page is of another origin; the top frame can, by finding the frame element
 * whose window sent the message.
 */
export function announceFrame(window: Window, token: string): void {
  window.top?.postMessage(`${PREFIX}${token}`, '*');
}

/**
 * The top frame's side: it waits for the announcement of a frame the background names by its
 * capture token, keeps that frame's element (the first announcement wins: the page sees the
 * token only once it is sent), and measures its content area at the shot.
 */
export function createFrameLocator(window: Window) {
  const watched = new Map<
    string,
    { found: Promise<FrameElement[] | null>; settle(chain: FrameElement[] | null): void }
  >();

  window.addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || !event.data.startsWith(PREFIX)) return;
    watched.get(event.data.slice(PREFIX.length))?.settle(frameChain(window.document, event.source));
  });

  return {
    watch(token: string): void {
      let settle!: (chain: FrameElement[] | null) => void;
      const found = new Promise<FrameElement[] | null>((resolve) => (settle = resolve));
      watched.set(token, { found, settle });
      if (watched.size > MAX_WATCHED) watched.delete(watched.keys().next().value!);
    },
    /** The announced frame's content area in this viewport, or undefined when it never came. */
    async locate(token: string): Promise<Rectangle | undefined> {
      const watch = watched.get(token);
      watched.delete(token);
      if (!watch) return undefined;
      const chain = await Promise.race([
        watch.found,
        new Promise<null>((resolve) => window.setTimeout(() => resolve(null), WAIT_MS)),
      ]);
      return chain ? contentArea(chain) : undefined;
    },
  };
}

/**
 * The frame elements leading from this document to the window that sent a message: one for a
 * frame of the page, more for frames inside frames of the same origin (a frame of another
 * origin keeps its own elements to itself).
 */
export function frameChain(document: Document, source: unknown): FrameElement[] | null {
  for (const frame of document.querySelectorAll<FrameElement>('iframe, frame')) {
    if (source && frame.contentWindow === source) return [frame];
    const inner = sameOriginDocument(frame);
    const chain = inner ? frameChain(inner, source) : null;
    if (chain) return [frame, ...chain];
  }
  return null;
}

function sameOriginDocument(frame: FrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/**
 * Where the innermost frame's content (inside its border and padding) is, in the viewport of
 * the first frame's document. A frame scaled by a CSS transform scales what is inside it.
 */
export function contentArea(chain: readonly FrameElement[]): Rectangle {
  let area: Rectangle = { x: 0, y: 0, width: 0, height: 0 };
  let scale = 1;
  for (const frame of chain) {
    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView!.getComputedStyle(frame);
    const padding = (side: string) => parseFloat(style.getPropertyValue(`padding-${side}`)) || 0;
    const own = frame.offsetWidth > 0 ? box.width / frame.offsetWidth : 1;
    area = {
      x: area.x + scale * (box.x + own * (frame.clientLeft + padding('left'))),
      y: area.y + scale * (box.y + own * (frame.clientTop + padding('top'))),
      width: scale * own * (frame.clientWidth - padding('left') - padding('right')),
      height: scale * own * (frame.clientHeight - padding('top') - padding('bottom')),
    };
    scale *= own;
  }
  return area;
}
