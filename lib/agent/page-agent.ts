import browser from 'webextension-polyfill';
import { pageChannel } from '../messaging/page-channel';
import { showConfirmation, removeConfirmations } from './confirmation-toast';
import { describePage, rectangleOf, viewportOf } from './describe-page';
import { findPostContainer } from '../sites/find-post-container';
import { locateTarget } from './locate-target';
import { createRightClickHistory } from './right-click-history';
import { extractPost } from '../sites/extract-post';
import { genericExtractor } from '../sites/extractors/generic';

/**
 * The address a post would have, when the page's own cannot say: on the practice page each
 * scene imitates a platform and gives the address its page would have there, so that platform's
 * extractor reads it as on the site. Only the extension's own pages pass one; on the web the
 * page's address decides.
 */
export type SiteOf = (target: Element) => URL | undefined;

const MAX_PINNED = 50;
const started = Symbol.for('temoin.page-agent');

/**
 * The page side of a capture. Until the user right-clicks it only listens; on a right-click
 * it remembers the element (Chrome's menu event does not say which one it was); on the
 * background's request it describes the page, pins the post container and measures it again
 * just before the screenshot.
 */
export function startPageAgent(window: Window & { [started]?: boolean }, siteOf?: SiteOf): void {
  if (window[started]) return;
  window[started] = true;
  const rightClicks = createRightClickHistory();
  const pinned = new Map<string, Element>();

  window.document.addEventListener(
    'contextmenu',
    (event) => {
      const origin = event.composedPath()[0];
      if (origin instanceof Element) rightClicks.remember(origin);
    },
    { capture: true, passive: true },
  );

  browser.runtime.onMessage.addListener(
    (message: unknown, sender: browser.Runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      return pageChannel.dispatch(message, sender, {
        async describe({ token, trigger, requestedAt, linkUrl, mediaUrl }) {
          // A confirmation still on screen must leave the page before the screenshot.
          if (removeConfirmations(window.document)) await nextPaint(window);
          const target = locateTarget(window.document, {
            clicked: trigger === 'context-menu' ? rightClicks.lastBefore(requestedAt) : null,
            linkUrl,
            mediaUrl,
            useSelection: true,
          });
          const read = target ? readPost(window, target, siteOf) : null;
          if (read) {
            pinned.set(token, read.container.element);
            if (pinned.size > MAX_PINNED) pinned.delete(pinned.keys().next().value!);
          }
          return describePage(window, read);
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

/**
 * The post under the element, read by its platform's extractor (or the generic one), and the
 * rule that recognised its container, kept in the evidence to explain the crop.
 */
function readPost(window: Window, target: Element, siteOf?: SiteOf) {
  const extracted = extractPost(target, {
    document: window.document,
    url: siteOf?.(target) ?? new URL(window.location.href),
    now: new Date(),
  });
  if (!extracted) return null;
  const { details } = extracted;
  const recognizedBy =
    details.extractor === genericExtractor.platform
      ? (findPostContainer(target)?.recognizedBy ?? 'generic')
      : `extractor:${details.extractor}`;
  return { container: { element: extracted.container, recognizedBy }, post: details };
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
