import browser from 'webextension-polyfill';
import { LANGUAGE_MIRROR_KEY, type LanguageChoice } from '../settings/language-choice';
import { resolveLocale, type Locale } from './translate';

let chosen: LanguageChoice | undefined;

/** Set by the background, which has no page storage, from the saved preferences. */
export function setLanguageChoice(language: LanguageChoice): void {
  chosen = language;
}

function mirroredChoice(): LanguageChoice | undefined {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_MIRROR_KEY);
    return value === 'fr' || value === 'en' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The interface's language: the one chosen in the settings, or else the browser's (French
 * when it is not English). Synchronous, so a page draws in the right language at once.
 */
export function uiLocale(): Locale {
  const choice = chosen ?? mirroredChoice() ?? 'auto';
  return choice === 'auto' ? resolveLocale(browser.i18n.getUILanguage()) : choice;
}
