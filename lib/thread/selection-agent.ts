import browser from 'webextension-polyfill';
import { pickPost } from '../agent/picked-posts';
import { extractPost } from '../sites/extract-post';
import { agentChannel } from '../messaging/agent-channel';
import { selectionChannel } from '../messaging/selection-channel';
import { findScroller, scrollAndSettle, viewportOfScroller } from './find-scroller';
import { postAt, readPosts, siblingSelector } from './list-posts';
import { createSelectionLayer, type SelectablePost } from './selection-layer';
import { nextPaint } from './thread-agent';

const started = Symbol.for('temoin.selection-agent');
const SETTLE_MS = 150;
/** Posts a feed loads are looked for once the page has been quiet this long. */
const LOADED_DEBOUNCE_MS = 250;

const askBackground = agentChannel.sender((envelope) => browser.runtime.sendMessage(envelope));

/**
 * The page side of « Sélectionner des messages… »: puts the selection layer on the page's
 * posts (found like a thread's, from the clicked post) and, once the person asks for the
 * capture, brings each chosen post into view in turn for the background to capture it.
 */
export function startSelectionAgent(window: Window & { [started]?: boolean }): void {
  if (window[started]) return;
  window[started] = true;
  let layer: ReturnType<typeof createSelectionLayer> | null = null;
  let chosen: Element[] = [];
  let stopFollowing = () => {};

  browser.runtime.onMessage.addListener(
    (message: unknown, sender: browser.Runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      return selectionChannel.dispatch(message, sender, {
        async open({ point, probe, labels, locale }) {
          const seed = postAt(window, point, probe);
          if (!seed) return { count: 0 };
          const context = {
            document: window.document,
            url: new URL(window.location.href),
            now: new Date(),
          };
          const selector = siblingSelector(seed.container);
          const posts: SelectablePost[] = readPosts(
            window.document.documentElement,
            selector,
            context,
          );
          const start = posts.find((post) => post.element === seed.container) ?? posts[0]!;
          chosen = [];
          layer = createSelectionLayer(window, posts, {
            labels,
            locale,
            start,
            onCapture(selected) {
              chosen = selected;
              void askBackground('captureSelection', {}).catch(() => undefined);
            },
          });
          stopFollowing();
          stopFollowing = followLoadedPosts(window, selector, posts, (more) => {
            // Once the choice is made or cancelled, the page is no longer watched.
            if (layer?.state !== 'choosing') return false;
            layer.add(more);
            return true;
          });
          return { count: posts.length };
        },
        async pick({ index, progress }) {
          if (!layer || layer.state === 'cancelled') return { state: 'cancelled' as const };
          const element = chosen[index];
          if (!element) return { state: 'done' as const };
          if (!element.isConnected) return { state: 'gone' as const };
          layer.showProgress(progress);
          const scroller = findScroller(element);
          const view = viewportOfScroller(scroller);
          const box = element.getBoundingClientRect();
          const room = view.bottom - view.top;
          // Centred when it fits; else its top just below the scroller's top.
          const by =
            box.height < room
              ? box.top + box.height / 2 - (view.top + room / 2)
              : box.top - view.top - 8;
          await scrollAndSettle(scroller, by, SETTLE_MS);
          // The person may have cancelled while the page scrolled.
          if ((layer.state as string) === 'cancelled') return { state: 'cancelled' as const };
          layer.hide();
          await nextPaint(window);
          return {
            state: 'ready' as const,
            token: pickPost(window, element),
            total: chosen.length,
          };
        },
        async finish({ title, detail }) {
          stopFollowing();
          layer?.finish(title, detail);
          layer = null;
          return {};
        },
      });
    },
  );
}

/**
 * Watches the page for posts a feed loads later (infinite scroll, older messages above) and
 * hands the new ones over, a moment after the page stops changing. Returns the stop.
 */
function followLoadedPosts(
  window: Window,
  selector: string,
  known: readonly SelectablePost[],
  onMore: (more: SelectablePost[]) => boolean,
): () => void {
  const seen = new WeakSet(known.map((post) => post.element));
  let timer = 0;
  let waitingSince = 0;
  const look = () => {
    waitingSince = 0;
    const context = {
      document: window.document,
      url: new URL(window.location.href),
      now: new Date(),
    };
    const more: SelectablePost[] = [];
    for (const element of window.document.querySelectorAll(selector)) {
      if (seen.has(element) || element.getBoundingClientRect().height === 0) continue;
      const extracted = extractPost(element, context);
      if (!extracted || extracted.container !== element) continue;
      seen.add(element);
      more.push({ element, details: extracted.details });
    }
    if (!onMore(more)) stop();
  };
  const observer = new MutationObserver(() => {
    window.clearTimeout(timer);
    waitingSince ||= Date.now();
    // A live chat never stops changing: look at least this often.
    const late = Date.now() - waitingSince > LOADED_DEBOUNCE_MS * 4;
    timer = window.setTimeout(look, late ? 0 : LOADED_DEBOUNCE_MS);
  });
  observer.observe(window.document.documentElement, { childList: true, subtree: true });
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  return stop;
}
