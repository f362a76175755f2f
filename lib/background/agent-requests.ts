import browser from 'webextension-polyfill';
import type { AgentHandlers } from '../messaging/agent-channel';
import { openLibrary } from './open-library';

const ENABLE_WINDOW = { width: 480, height: 360 };

/**
 * Answers the confirmation toast's buttons, from the top frame of a tab, where the toast is
 * shown (`routeMessages` checks the sender). The site to enable is the sender's own, never one
 * the message names: the page beside the agent is untrusted.
 */
export const agentService: Omit<
  AgentHandlers<browser.Runtime.MessageSender>,
  'captureSelection' | 'rightClicked'
> = {
  async viewCapture({ captureId }) {
    await openLibrary({ captureId });
    return {};
  },
  async enableSite(_request, sender) {
    const origin = webOrigin(sender.url);
    if (origin) await openEnableSite(origin);
    return {};
  },
};

/**
 * Opens the small window that asks the browser for a site's permission. The request has to
 * come from a click in an extension page: the browser refuses it from a content script, from
 * the background, and (in Firefox) from an extension frame inside a web page.
 */
async function openEnableSite(origin: string): Promise<void> {
  const url = browser.runtime.getURL(`/enable-site.html#origin=${encodeURIComponent(origin)}`);
  await browser.windows.create({ url, type: 'popup', ...ENABLE_WINDOW });
}

function webOrigin(address: string | undefined): string | undefined {
  try {
    const url = new URL(address ?? '');
    return /^https?:$/.test(url.protocol) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
