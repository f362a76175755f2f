import browser from 'webextension-polyfill';
import { agentChannel } from '../messaging/agent-channel';
import type { RequestOf } from '../messaging/define-channel';
import { pageChannel } from '../messaging/page-channel';
import {
  removeConfirmations,
  showConfirmation,
  type ConfirmationRequest,
} from './confirmation-toast';
import { describePage, pageFacts, rectangleOf, viewportOf } from './describe-page';
import { announceFrame, createFrameLocator } from './frame-locator';
import { findPostContainer } from '../sites/find-post-container';
import { locateTarget } from './locate-target';
import { markInPage } from './page-marks';
import { takePickedPost } from './picked-posts';
import { recognizeSite } from './recognize-site';
import type { RightClick } from './right-click-history';
import { recordedRightClicks, startRightClickRecorder } from './right-click-recorder';
import { extractPostWith } from '../sites/extract-post-with';
import type { PostExtractor } from '../sites/extractor';
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

const askBackground = agentChannel.sender((envelope) => browser.runtime.sendMessage(envelope));

/**
 * The page side of a capture, injected into the clicked frame once a capture starts, with the
 * extractor of the frame's platform (entrypoints/page-agent-<platform>.ts). It finds
 * the element the right-click recorder remembered (Chrome's menu event does not say which one
 * it was), describes the page and the post, pins the post's container and measures it again
 * just before the screenshot; in the top frame it also locates a clicked frame and shows the
 * confirmation.
 */
export function startPageAgent(
  window: Window & { [started]?: boolean },
  extractors: readonly PostExtractor[],
  siteOf?: SiteOf,
): void {
  if (window[started]) return;
  window[started] = true;
  markInPage(window, 'agent-started');
  // Where no recorder ran since the page loaded (a site not enabled), the agent records the
  // right-clicks from now on.
  const recorder = recordedRightClicks(window) !== undefined;
  const rightClicks = startRightClickRecorder(window);
  const pinned = new Map<string, Element>();
  const frames = createFrameLocator(window);

  browser.runtime.onMessage.addListener(
    (message: unknown, sender: browser.Runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      return pageChannel.dispatch(message, sender, {
        async describe({
          token,
          trigger,
          requestedAt,
          linkUrl,
          mediaUrl,
          picked,
          announceFrame: inFrame,
        }) {
          markInPage(window, 'describe-received');
          // A confirmation still on screen must leave the page before the screenshot.
          if (removeConfirmations(window.document)) await nextPaint(window);
          if (inFrame) announceFrame(window, token);
          const click = trigger === 'context-menu' ? rightClicks.lastBefore(requestedAt) : null;
          const target = locateTarget(window.document, {
            clicked: picked ? takePickedPost(window, picked) : (click?.element ?? null),
            linkUrl,
            mediaUrl,
            useSelection: true,
          });
          const read = target ? readPost(window, target, extractors, siteOf) : null;
          if (read) {
            pinned.set(token, read.container.element);
            if (pinned.size > MAX_PINNED) pinned.delete(pinned.keys().next().value!);
          }
          const recognized = recorder ? undefined : recognizeSite(window, new Date(), extractors);
          markInPage(window, 'extracted');
          return {
            ...describePage(window, read),
            recorder,
            ...(recognized ? { recognized } : {}),
            ...(click && unmoved(click) ? { clickUnmoved: true as const } : {}),
          };
        },
        async measure({ token, keep }) {
          const element = pinned.get(token);
          if (!keep) pinned.delete(token);
          return {
            attached: element?.isConnected ?? false,
            ...(element?.isConnected ? { rectangle: rectangleOf(element) } : {}),
            viewport: viewportOf(window),
          };
        },
        async watchFrame({ token }) {
          if (removeConfirmations(window.document)) await nextPaint(window);
          frames.watch(token);
          return pageFacts(window);
        },
        async measureFrame({ token }) {
          const area = await frames.locate(token);
          return { ...(area ? { area } : {}), viewport: viewportOf(window) };
        },
        confirm: async (request) => ({
          shown: showConfirmation(window.document, withButtons(request)),
        }),
      });
    },
  );
}

/** The background's confirmation, its buttons asking the background for what they do. */
function withButtons({
  view,
  offer,
  ...request
}: RequestOf<typeof pageChannel.protocol, 'confirm'>): ConfirmationRequest {
  // A button whose request is lost (the extension was updated) closes the toast anyway.
  const ask = (request: Promise<unknown>) => void request.catch(() => undefined);
  return {
    ...request,
    ...(view
      ? {
          view: {
            label: view.label,
            open: () => ask(askBackground('viewCapture', { captureId: view.captureId })),
          },
        }
      : {}),
    ...(offer ? { offer: { ...offer, enable: () => ask(askBackground('enableSite', {})) } } : {}),
  };
}

/**
 * The post under the element, read by its platform's extractor (or the generic one), and the
 * rule that recognised its container, kept in the evidence to explain the crop.
 */
function readPost(
  window: Window,
  target: Element,
  extractors: readonly PostExtractor[],
  siteOf?: SiteOf,
) {
  const extracted = extractPostWith(extractors, target, {
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

/** Whether a right-clicked element is still where it was at the click. */
function unmoved({ element, box }: RightClick): boolean {
  if (!element.isConnected) return false;
  const now = rectangleOf(element);
  return now.x === box.x && now.y === box.y && now.width === box.width && now.height === box.height;
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
