import browser from 'webextension-polyfill';
import { threadChannel } from '../messaging/thread-channel';
import { hideFixedElements } from './fixed-elements';
import {
  bringIntoView,
  findScroller,
  isPageScroller,
  scrollAndSettle,
  scrollerArea,
  viewportOfScroller,
} from './find-scroller';
import { listVisiblePosts, postAt, readPosts, siblingSelector } from './list-posts';
import { readAnnouncedCount } from './read-announced-count';
import { anchorCorrection, atEnd, planNextScroll } from './scroll-plan';
import { revealArea, revealEverything } from './reveal-everything';
import { createThreadOverlay, removeThreadOverlays } from './thread-overlay';
import type { SeenPost } from './thread-posts';
import { isRevealPlatform, type RevealPlatform } from './reveal-platforms';

const started = Symbol.for('temoin.thread-agent');
/** A feed that loads more at its end gets this many chances, this far apart. */
const LAZY_RETRIES = 3;
const LAZY_WAIT_MS = 300;
const SCROLL_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', ' ']);

type Run = ReturnType<typeof beginRun>;

/**
 * The page side of a thread capture, injected after the menu click: finds the thread of the
 * right-clicked post, scrolls it screen by screen on the background's request, reads the
 * posts of each screen, and shows the overlay with its controls.
 */
export function startThreadAgent(window: Window & { [started]?: boolean }): void {
  if (window[started]) return;
  window[started] = true;
  let run: Run | null = null;

  browser.runtime.onMessage.addListener(
    (message: unknown, sender: browser.Runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      return threadChannel.dispatch(message, sender, {
        async start({ point, probe, labels }) {
          run?.end();
          const post = postAt(window, point, probe);
          if (!post) return { found: false as const };
          run = beginRun(window, post.container, labels);
          const announced = readAnnouncedCount(post.container, post.details.platform);
          return {
            found: true as const,
            platform: post.details.platform,
            ...(announced === undefined ? {} : { announced }),
            scroller: isPageScroller(run.scroller) ? ('page' as const) : ('element' as const),
            post: post.details,
          };
        },
        async reveal({ platform, progress }) {
          if (!run || !isRevealPlatform(platform)) return { clicks: [] };
          return { clicks: await run.reveal(platform, progress) };
        },
        async advance({ index, progress }) {
          if (!run) return { state: 'cancelled' as const };
          return run.advance(index, progress);
        },
        async resume({ scrollTop, progress }) {
          if (!run) return { resumed: false };
          await run.resumeAt(scrollTop, progress);
          return { resumed: true };
        },
        async finish({ title, detail }) {
          run?.end(title, detail);
          run = null;
          return {};
        },
      });
    },
  );
}

function beginRun(
  window: Window,
  post: Element,
  labels: Parameters<typeof createThreadOverlay>[1],
) {
  const document = window.document;
  removeThreadOverlays(document);
  const scroller = findScroller(post);
  const selector = siblingSelector(post);
  const overlay = createThreadOverlay(document, labels);
  const startTop = scroller.scrollTop;
  const pageStart = { left: window.scrollX, top: window.scrollY };
  bringIntoView(scroller);
  let restoreFixed: (() => void) | null = null;
  let lastSeen: SeenPost[] = [];

  const onUserScroll = (event: Event) => {
    if (!event.isTrusted || event.composedPath().includes(overlay.host)) return;
    if (event instanceof KeyboardEvent && !SCROLL_KEYS.has(event.key)) return;
    // A space typed in the chat's own box is writing, not scrolling.
    const origin = event.composedPath()[0];
    if (event instanceof KeyboardEvent && origin instanceof HTMLElement && isEditable(origin)) {
      return;
    }
    overlay.userScrolled();
  };
  const userEvents = ['wheel', 'touchmove', 'keydown'] as const;
  for (const type of userEvents)
    window.addEventListener(type, onUserScroll, { capture: true, passive: true });

  const posts = (): SeenPost[] =>
    listVisiblePosts(scroller, selector, viewportOfScroller(scroller), {
      document,
      url: new URL(window.location.href),
      now: new Date(),
    });
  const view = () => ({
    scrollTop: scroller.scrollTop,
    clientHeight: viewportOfScroller(scroller).bottom - viewportOfScroller(scroller).top,
    scrollHeight: scroller.scrollHeight,
  });
  const placed = (seen: SeenPost[]) => {
    const top = viewportOfScroller(scroller).top;
    return seen.map((one) => ({
      key: one.key,
      top: one.rectangle.y - top,
      bottom: one.rectangle.y + one.rectangle.height - top,
    }));
  };

  /** Waits for a feed that loads more at its end; false when nothing more came. */
  async function moreLoaded(): Promise<boolean> {
    const height = scroller.scrollHeight;
    for (let attempt = 0; attempt < LAZY_RETRIES; attempt += 1) {
      await sleep(window, LAZY_WAIT_MS);
      if (scroller.scrollHeight > height) return true;
    }
    return false;
  }

  async function advance(index: number, progress: string) {
    if (overlay.state !== 'running') {
      return { state: overlay.state === 'cancelled' ? ('cancelled' as const) : overlay.state };
    }
    overlay.showProgress(progress);
    let moved = 0;
    // Read once a screen: after the anchor check when nothing moved, else after the paint.
    let seen: SeenPost[] | null = null;
    if (index === 0) {
      await scrollAndSettle(scroller, -scroller.scrollTop);
    } else {
      // Fixed headers are in the first screen; on the others they would hide posts.
      restoreFixed ??= hideFixedElements(
        document,
        (element) => element === overlay.host || element.contains(scroller),
      );
      if (atEnd(view()) && !(await moreLoaded())) return { state: 'ended' as const };
      // The posts of the screen just shot: nothing has moved since.
      const plan = planNextScroll(view(), placed(lastSeen));
      const from = scroller.scrollTop;
      await scrollAndSettle(scroller, plan.by);
      // The browser stopped the scroll: the end, even if the page misreports its height.
      if (scroller.scrollTop === from && !(await moreLoaded())) return { state: 'ended' as const };
      seen = posts();
      moved = anchorCorrection(plan.anchor, placed(seen));
      // A feed that dropped or added posts above: the anchor post shows where we are.
      if (Math.abs(moved) > 2) {
        await scrollAndSettle(scroller, moved);
        seen = null;
      }
    }
    if (overlay.state !== 'running') {
      return { state: overlay.state === 'cancelled' ? ('cancelled' as const) : overlay.state };
    }
    overlay.hide();
    await nextPaint(window);
    lastSeen = seen ?? posts();
    return {
      state: 'ready' as const,
      moved,
      screen: {
        scrollTop: scroller.scrollTop,
        scrollHeight: scroller.scrollHeight,
        scrollerArea: scrollerArea(scroller),
        viewport: {
          width: window.innerWidth,
          height: window.innerHeight,
          devicePixelRatio: window.devicePixelRatio,
        },
        posts: lastSeen,
      },
    };
  }

  /** Back to the last stored screen, whose posts the next screen follows. */
  async function resumeAt(scrollTop: number | null, progress: string) {
    overlay.showProgress(progress);
    if (scrollTop === null) return;
    await scrollAndSettle(scroller, scrollTop - scroller.scrollTop);
    lastSeen = posts();
  }

  /** Opens what the thread hides, before going through it: only in the thread's area. */
  async function reveal(platform: RevealPlatform, progress: string) {
    overlay.showProgress(progress);
    const context = { document, url: new URL(window.location.href), now: new Date() };
    const all = readPosts(scroller, selector, context).map((one) => one.element);
    return revealEverything(window, revealArea(post, platform, all), platform);
  }

  return {
    scroller,
    advance,
    resumeAt,
    reveal,
    /** Puts the page back where it was, and says how it ended when there is something to say. */
    end(title?: string, detail?: string): void {
      for (const type of userEvents)
        window.removeEventListener(type, onUserScroll, { capture: true });
      restoreFixed?.();
      scroller.scrollTo({ top: startTop, behavior: 'instant' });
      if (!isPageScroller(scroller)) window.scrollTo({ ...pageStart, behavior: 'instant' });
      if (title && detail) overlay.finish(title, detail);
      else overlay.host.remove();
    },
  };
}

function isEditable(element: HTMLElement): boolean {
  return element.isContentEditable || /^(input|textarea|select)$/.test(element.localName);
}

function sleep(window: Window, milliseconds: number): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, milliseconds));
}

/** Resolves once the page has painted, so the hidden overlay is gone from the screenshot. */
export function nextPaint(window: Window): Promise<void> {
  return new Promise((resolve) => {
    const fallback = window.setTimeout(resolve, 100);
    window.requestAnimationFrame(() =>
      window.requestAnimationFrame(() => {
        window.clearTimeout(fallback);
        resolve();
      }),
    );
  });
}
