import { interpolate } from './interpolate';

export type Locale = 'fr' | 'en';

/** A message that depends on a number: the form is chosen by `Intl.PluralRules` from `count`. */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly one: string;
  readonly other: string;
};

export type Message = string | PluralMessage;

/** One namespace of words in one language, French first: `{name}` marks a placeholder. */
export type Catalogue = Readonly<Record<string, Message>>;

/**
 * The same namespace in another language: exactly the reference's keys, each a plain text or a
 * plural as in the reference. A missing or extra key does not compile.
 */
export type TranslationOf<Reference extends Catalogue> = {
  readonly [Key in keyof Reference]: Reference[Key] extends string ? string : PluralMessage;
};

export type Values = Readonly<Record<string, string | number>>;

/** Puts one key of a namespace into words; a plural message reads `values.count`. */
export type TranslateIn<Key extends string> = (key: Key, values?: Values) => string;

const LANGUAGE_TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralForm(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(LANGUAGE_TAGS[locale])));
  return rules.select(count);
}

/** A message in words: its plural form for `values.count` first, then its placeholders. */
export function formatMessage(message: Message, values: Values, locale: Locale): string {
  const text =
    typeof message === 'string'
      ? message
      : (message[pluralForm(locale, Number(values.count))] ?? message.other);
  return interpolate(text, values);
}

/** The translate function of one namespace, in one language. */
export function translatorIn<Reference extends Catalogue>(
  catalogues: Record<Locale, TranslationOf<Reference>>,
  locale: Locale,
): TranslateIn<keyof Reference & string> {
  const catalogue = catalogues[locale];
  return (key, values = {}) => formatMessage(catalogue[key], values, locale);
}
