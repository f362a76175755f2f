import browser from 'webextension-polyfill';
import type { Translate } from '../../lib/i18n/translate';
import { authorityOriginPattern, sealAuthorityOf } from '../../lib/seal/seal-authority';
import { withdrawAuthorityAccess } from '../../lib/seal/authority-access';
import { forgetSealOriginAsked, noteSealOriginAsked } from '../../lib/seal/seal-origin-asked';
import {
  readSealSettings,
  saveSealSettings,
  type SealSettings,
} from '../../lib/settings/seal-settings';

/**
 * Saves the seal's settings; turning it on first asks the browser for the chosen authority's
 * origin alone. The request is the first thing done after the click: the browser shows its
 * prompt only during the click's user gesture. Turning it off, or choosing another authority,
 * gives the former authority's origin back. Returns an error to show, or null.
 */
export async function saveSealChoice(next: SealSettings, t: Translate): Promise<string | null> {
  const authority = sealAuthorityOf(next);
  if (next.enabled && !authority) return t('seal.incomplete');
  const pattern = authority && authorityOriginPattern(authority.url);
  if (pattern) {
    // Noted as the prompt opens, not awaited first: the request must stay in the click's gesture.
    const noted = noteSealOriginAsked(pattern);
    const granted = await browser.permissions.request({ origins: [pattern] });
    await noted;
    if (!granted) {
      await forgetSealOriginAsked();
      return t('seal.permissionRefused');
    }
  }
  const before = sealAuthorityOf(await readSealSettings());
  try {
    await saveSealSettings(next);
  } catch (error) {
    return t('library.error', { message: String(error) });
  }
  // The authority no longer used gives its origin back, unless capture or a form needs it.
  const previous = before && authorityOriginPattern(before.url);
  if (previous && previous !== pattern) await withdrawAuthorityAccess(previous);
  return null;
}
