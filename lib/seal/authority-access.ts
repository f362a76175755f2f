import browser from 'webextension-polyfill';
import { CAPTURE_SITE_PREFIX } from '../background/capture-site-id';
import { FORM_ENTRY_URLS } from '../background/form-tabs';

/**
 * Gives the browser back an authority's origin the seal no longer uses (turned off, or another
 * authority chosen), unless Témoin needs it for something else: a site the person opened to
 * capture (its recorder is registered), a form Témoin fills, or a site of the manifest. Returns
 * whether it was withdrawn.
 */
export async function withdrawAuthorityAccess(pattern: string): Promise<boolean> {
  const forms = Object.values(FORM_ENTRY_URLS).map((url) => `${new URL(url).origin}/*`);
  const manifest = browser.runtime.getManifest();
  // Manifest V3 lists sites in host_permissions, version 2 (Firefox) among the permissions.
  const required: string[] = [
    ...(manifest.host_permissions ?? []),
    ...((manifest.permissions as string[] | undefined) ?? []),
  ];
  const scripts = await browser.scripting.getRegisteredContentScripts();
  const captured = scripts.some((script) => script.id === `${CAPTURE_SITE_PREFIX}${pattern}`);
  if (captured || forms.includes(pattern) || required.includes(pattern)) return false;
  return browser.permissions.remove({ origins: [pattern] });
}
