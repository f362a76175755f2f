import browser from 'webextension-polyfill';
import { PAGE_AGENT_FILE } from '../capture/ask-page';

const SCRIPT_PREFIX = 'temoin-site:';

/**
 * Lets the page agent run on a site the user chose (a Mastodon instance, a forum), once the
 * user has granted the optional host permission for it from the popup.
 */
export async function enableSite(origin: string): Promise<boolean> {
  const pattern = `${origin}/*`;
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return false;
  const id = `${SCRIPT_PREFIX}${origin}`;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id,
        matches: [pattern],
        js: [PAGE_AGENT_FILE],
        runAt: 'document_start',
        allFrames: true,
        persistAcrossSessions: true,
      },
    ]);
  }
  const tabs = await browser.tabs.query({ url: pattern });
  await Promise.allSettled(
    tabs.map((tab) =>
      browser.scripting.executeScript({ target: { tabId: tab.id! }, files: [PAGE_AGENT_FILE] }),
    ),
  );
  return true;
}

/** Drops the registrations of sites whose permission the user has since withdrawn. */
export async function forgetRevokedSites(): Promise<void> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  const revoked = scripts
    .filter((script) => script.id.startsWith(SCRIPT_PREFIX))
    .filter((script) => !script.matches?.every((pattern) => granted.has(pattern)))
    .map((script) => script.id);
  if (revoked.length > 0) await browser.scripting.unregisterContentScripts({ ids: revoked });
}
