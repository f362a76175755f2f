import { translatorIn, type Locale } from './catalogue';
import { problemMessagesEn } from './problem-messages-en';
import { problemMessagesFr } from './problem-messages-fr';

/** The words for what is wrong with a bundle, loaded only once a bundle is checked. */
export const problemText = (locale: Locale) =>
  translatorIn({ fr: problemMessagesFr, en: problemMessagesEn }, locale);
