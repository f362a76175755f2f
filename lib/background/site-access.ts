import browser from 'webextension-polyfill';
import { RECORDER_FILE } from '../capture/ask-page';
import { grantedForSeal } from '../seal/seal-origin-asked';
import { TIMESTAMP_AUTHORITIES } from '../timestamp/authorities';
import { CAPTURE_SITE_PREFIX } from './capture-site-id';
import { FORM_ENTRY_URLS } from './form-tabs';

const SCRIPT_PREFIX = CAPTURE_SITE_PREFIX;

/** The site patterns a permission grant covers, leaving aside anything that is not one site. */
export function grantedSitePatterns(origins: readonly string[] | undefined): string[] {
  return (origins ?? []).filter((pattern) => /^https?:\/\/[^/*]+\/\*$/.test(pattern));
}

// Official forms are granted for filling them, and timestamp authorities for sealing, not for
// capturing there.
const NOT_FOR_CAPTURE = [
  ...Object.values(FORM_ENTRY_URLS),
  ...TIMESTAMP_AUTHORITIES.map((authority) => authority.url),
].map((url) => `${new URL(url).origin}/*`);

/** The sites a permission grant opens to capture: official forms and authorities aside. */
export function capturableSitePatterns(origins: readonly string[] | undefined): string[] {
  return grantedSitePatterns(origins).filter((site) => !NOT_FOR_CAPTURE.includes(site));
}

/**
 * Lets the right-click recorder run on the sites a permission grant opens to capture: not on
 * the origin the seal's settings just asked for (a custom authority), which is for sealing.
 */
export async function enableGrantedSites(origins: readonly string[] | undefined): Promise<void> {
  const sites = [];
  for (const pattern of capturableSitePatterns(origins)) {
    if (!(await grantedForSeal(pattern))) sites.push(pattern);
  }
  return enableSites(sites);
}

/**
 * Lets the right-click recorder run on sites the user granted (a Mastodon instance, a forum),
 * from now on and in their tabs already open, as on the supported sites: the page agent is
 * then injected on demand. Driven by the permission event, not by the page that asked: Chrome
 * closes the popup while its permission prompt is shown.
 */
export async function enableSites(patterns: readonly string[]): Promise<void> {
  const registered = new Set(
    (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id),
  );
  const fresh = patterns.filter((pattern) => !registered.has(`${SCRIPT_PREFIX}${pattern}`));
  if (fresh.length > 0) {
    await browser.scripting.registerContentScripts(
      fresh.map((pattern) => ({
        id: `${SCRIPT_PREFIX}${pattern}`,
        matches: [pattern],
        js: [RECORDER_FILE],
        runAt: 'document_start' as const,
        allFrames: true,
        persistAcrossSessions: true,
      })),
    );
  }
  const tabs = patterns.length > 0 ? await browser.tabs.query({ url: [...patterns] }) : [];
  await Promise.allSettled(
    tabs.map((tab) =>
      browser.scripting.executeScript({
        target: { tabId: tab.id!, allFrames: true },
        files: [RECORDER_FILE],
      }),
    ),
  );
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

/**
 * Sites enabled by an earlier version ran the whole page agent from the page's load: they
 * now run the recorder, like the supported sites.
 */
export async function updateSiteScripts(): Promise<void> {
  const outdated = (await browser.scripting.getRegisteredContentScripts())
    .filter((script) => script.id.startsWith(SCRIPT_PREFIX))
    // Chrome gives the files back without their leading slash.
    .filter(
      (script) => script.js?.map((file) => `/${file.replace(/^\//, '')}`).join() !== RECORDER_FILE,
    );
  if (outdated.length > 0) {
    await browser.scripting.updateContentScripts(
      outdated.map((script) => ({ id: script.id, js: [RECORDER_FILE] })),
    );
  }
}
