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
    {
      frameId: 0,
    },
  );
  return pageChannel.parseResponse(type, answer);
}

/**
 * Makes sure the tab's top frame has a page agent. On the supported sites it is already
 * there; elsewhere it is injected now, which the user's gesture (menu, shortcut, toolbar)
 * allows through activeTab. Returns whether it had to be injected, or null when the page
 * cannot run it at all.
 */
export async function ensurePageAgent(tabId: number): Promise<'present' | 'injected' | null> {
  if (await answers(tabId)) return 'present';
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_AGENT_FILE] });
  } catch {
    return null;
  }
  return (await answers(tabId)) ? 'injected' : null;
}

async function answers(tabId: number): Promise<boolean> {
  try {
    await askPage(tabId, 'ping', {});
    return true;
  } catch {
    return false;
  }
}
