import browser from 'webextension-polyfill';
import { pickPost } from '../agent/picked-posts';
import { agentChannel } from '../messaging/agent-channel';
import { selectionChannel } from '../messaging/selection-channel';
import { findScroller, scrollAndSettle, viewportOfScroller } from './find-scroller';
import { postAt, readPosts, siblingSelector } from './list-posts';
import { createSelectionLayer, type SelectablePost } from './selection-layer';
import { nextPaint } from './thread-agent';

const started = Symbol.for('temoin.selection-agent');
const SETTLE_MS = 150;

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
          const posts: SelectablePost[] = readPosts(
            window.document.documentElement,
            siblingSelector(seed.container),
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
          layer?.finish(title, detail);
          layer = null;
          return {};
        },
      });
    },
  );
}
