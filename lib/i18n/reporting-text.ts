import { translatorIn, type Locale, type TranslateIn, type Values } from './catalogue';
import { reportingMessagesEn } from './reporting-messages-en';
import { reportingMessagesFr } from './reporting-messages-fr';

export type ReportingKey = keyof typeof reportingMessagesFr;

/** The words of the texts Témoin composes for a report, in one language. */
export const reportingText = (locale: Locale): TranslateIn<ReportingKey> =>
  translatorIn({ fr: reportingMessagesFr, en: reportingMessagesEn }, locale);

/** One text in both languages, each with its own values (a date is written per language). */
export function inBothLanguages(
  key: ReportingKey,
  values: (locale: Locale) => Values = () => ({}),
): Record<Locale, string> {
  return { fr: reportingText('fr')(key, values('fr')), en: reportingText('en')(key, values('en')) };
}
