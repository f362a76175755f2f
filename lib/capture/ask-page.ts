import browser from 'webextension-polyfill';
import type { RequestOf, ResponseOf } from '../messaging/define-channel';
import { pageChannel } from '../messaging/page-channel';

type PageProtocol = typeof pageChannel.protocol;

/** The page agent's bundle, as WXT names the content script entrypoint `target`. */
export const PAGE_AGENT_FILE = '/content-scripts/target.js';

/** The sender to the page agent of a tab's top frame; it rejects when no agent answers. */
export const askPageOf = (tabId: number) =>
  pageChannel.sender((envelope) => browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }));

/**
 * Asks the page agent to describe the page and the post under the click. On the supported
 * sites the agent is already there; elsewhere it is injected now, which the user's gesture
 * (menu, shortcut, toolbar) allows through activeTab. Null when the page cannot run it.
 */
export async function describeThroughAgent(
  tabId: number,
  request: RequestOf<PageProtocol, 'describe'>,
): Promise<{ report: ResponseOf<PageProtocol, 'describe'>; injected: boolean } | null> {
  try {
    return { report: await askPageOf(tabId)('describe', request), injected: false };
  } catch {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_AGENT_FILE] });
      return { report: await askPageOf(tabId)('describe', request), injected: true };
    } catch {
      return null;
    }
  }
}
