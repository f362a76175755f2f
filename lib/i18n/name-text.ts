import { translatorIn, type Locale, type TranslateIn } from './catalogue';
import { nameMessagesEn } from './name-messages-en';
import { nameMessagesFr } from './name-messages-fr';

export type NameTranslate = TranslateIn<keyof typeof nameMessagesFr>;

/** The words of a capture's name and its labelled time, in one language. */
export const nameText = (locale: Locale): NameTranslate =>
  translatorIn({ fr: nameMessagesFr, en: nameMessagesEn }, locale);
