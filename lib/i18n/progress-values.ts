import type { Locale } from './catalogue';

/**
 * The `{done}` and `{count}` of a progress message, written for people (« 1 000 »). Its plural
 * is chosen from `count`: written with a separator, a count above 999 is no number to the
 * plural rules, which then choose "other", the form French and English use for any count
 * above one; below 1 000 the written count is the number itself.
 */
export function progressValues(done: number, total: number, locale: Locale) {
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB');
  return { done: number.format(done), count: number.format(total) };
}
