import browser from 'webextension-polyfill';
import { resolveLocale, type Locale } from './translate';

/** The locale of the browser's interface, French when it is not English. */
export function uiLocale(): Locale {
  return resolveLocale(browser.i18n.getUILanguage());
}
