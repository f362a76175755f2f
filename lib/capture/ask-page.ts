import browser from 'webextension-polyfill';
import type { RequestOf, ResponseOf } from '../messaging/define-channel';
import { pageChannel } from '../messaging/page-channel';

type PageProtocol = typeof pageChannel.protocol;

/** The page agent's bundle, as WXT names the content script entrypoint `target`. */
export const PAGE_AGENT_FILE = '/content-scripts/target.js';

/** Sends a request to the page agent of a tab's top frame; rejects when no agent answers. */
export async function askPage<T extends keyof PageProtocol & string>(
  tabId: number,
  type: T,
  payload: RequestOf<PageProtocol, T>,
): Promise<ResponseOf<PageProtocol, T>> {
  const answer: unknown = await browser.tabs.sendMessage(
    tabId,
    pageChannel.envelope(type, payload),
    { frameId: 0 },
  );
  return pageChannel.parseResponse(type, answer);
}

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
    return { report: await askPage(tabId, 'describe', request), injected: false };
  } catch {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_AGENT_FILE] });
      return { report: await askPage(tabId, 'describe', request), injected: true };
    } catch {
      return null;
    }
  }
}
