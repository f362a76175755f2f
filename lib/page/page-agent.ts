import browser from 'webextension-polyfill';
import { pageChannel } from '../messaging/page-channel';
import { showConfirmation, removeConfirmations } from './confirmation-toast';
import { describePage, rectangleOf, viewportOf } from './describe-page';
import { findPostContainer } from './find-post-container';
import { locateTarget } from './locate-target';

const MAX_PINNED = 50;
const started = Symbol.for('temoin.page-agent');

/**
 * The page side of a capture. Until the user right-clicks it only listens; on a right-click
 * it remembers the element (Chrome's menu event does not say which one it was); on the
 * background's request it describes the page, pins the post container and measures it again
 * just before the screenshot.
 */
export function startPageAgent(window: Window & { [started]?: boolean }): void {
  if (window[started]) return;
  window[started] = true;
  let rightClicked: Element | null = null;
  const pinned = new Map<string, Element>();

  window.document.addEventListener(
    'contextmenu',
    (event) => {
      const origin = event.composedPath()[0];
      rightClicked = origin instanceof Element ? origin : null;
    },
    { capture: true, passive: true },
  );

  browser.runtime.onMessage.addListener(
    (message: unknown, sender: browser.Runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      return pageChannel.dispatch(message, sender, {
        async describe({ token, trigger, linkUrl, mediaUrl }) {
          // A confirmation still on screen must leave the page before the screenshot.
          if (removeConfirmations(window.document)) await nextPaint(window);
          const target = locateTarget(window.document, {
            clicked: trigger === 'context-menu' ? rightClicked : null,
            linkUrl,
            mediaUrl,
            useSelection: true,
          });
          const container = target ? findPostContainer(target) : null;
          if (container) {
            pinned.set(token, container.element);
            if (pinned.size > MAX_PINNED) pinned.delete(pinned.keys().next().value!);
          }
          return describePage(window, container);
        },
        async measure({ token }) {
          const element = pinned.get(token);
          pinned.delete(token);
          return {
            attached: element?.isConnected ?? false,
            ...(element?.isConnected ? { rectangle: rectangleOf(element) } : {}),
            viewport: viewportOf(window),
          };
        },
        async confirm(request) {
          return { shown: showConfirmation(window.document, request) };
        },
      });
    },
  );
}

/** Resolves once the page has painted, so a removed overlay is gone from the screenshot. */
function nextPaint(window: Window): Promise<void> {
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
