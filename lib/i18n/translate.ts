import { cachedDateTimeFormat } from '../time/date-formats';
import { translatorIn, type Locale, type TranslateIn } from './catalogue';
import { messagesEn } from './messages-en';
import { messagesFr, type MessageKey } from './messages-fr';

export type { Locale, MessageKey };

/** English for an English-speaking browser, French otherwise: French is the default. */
export function resolveLocale(uiLanguage: string | undefined): Locale {
  return uiLanguage?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** The interface's words: every page, the menu and the toast. */
export type Translate = TranslateIn<MessageKey>;

export function translator(locale: Locale): Translate {
  return translatorIn({ fr: messagesFr, en: messagesEn }, locale);
}

/** A date formatter for the interface's language, made once per style. */
export function dateTimeFormat(
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cachedDateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', options);
}

/** Formats an instant for people, in the user's locale and time zone. */
export function formatDateTime(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
}

/** Formats the calendar day of an instant, in the user's locale and time zone. */
export function formatDate(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
}

/** A size for people: megabytes, or gigabytes from a thousand megabytes. */
export function formatBytes(bytes: number, locale: Locale): string {
  const gigabytes = bytes >= 1e9;
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'unit',
    unit: gigabytes ? 'gigabyte' : 'megabyte',
    maximumFractionDigits: 1,
  }).format(bytes / (gigabytes ? 1e9 : 1e6));
}
