import browser from 'webextension-polyfill';
import type { Translate } from '../../lib/i18n/translate';
import { authorityOriginPattern, sealAuthorityOf } from '../../lib/seal/seal-authority';
import { saveSealSettings, type SealSettings } from '../../lib/settings/seal-settings';

/**
 * Saves the seal's settings; turning it on first asks the browser for the chosen authority's
 * origin alone. The request is the first thing done after the click: the browser shows its
 * prompt only during the click's user gesture. Returns an error to show, or null.
 */
export async function saveSealChoice(next: SealSettings, t: Translate): Promise<string | null> {
  const authority = sealAuthorityOf(next);
  if (next.enabled && !authority) return t('seal.incomplete');
  if (authority) {
    const origins = [authorityOriginPattern(authority.url)];
    const granted = await browser.permissions.request({ origins });
    if (!granted) return t('seal.permissionRefused');
  }
  try {
    await saveSealSettings(next);
  } catch (error) {
    return t('library.error', { message: String(error) });
  }
  return null;
}
