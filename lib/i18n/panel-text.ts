import { translatorIn, type Locale } from './catalogue';
import { panelMessagesEn } from './panel-messages-en';
import { panelMessagesFr } from './panel-messages-fr';

/** The form panel's words, alone: the form filler loads no other catalogue. */
export const panelText = (locale: Locale) =>
  translatorIn({ fr: panelMessagesFr, en: panelMessagesEn }, locale);
