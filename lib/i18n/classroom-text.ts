import { translatorIn, type Locale, type TranslateIn } from './catalogue';
import { classroomMessagesEn } from './classroom-messages-en';
import { classroomMessagesFr } from './classroom-messages-fr';

export type ClassroomTranslate = TranslateIn<keyof typeof classroomMessagesFr>;

/** The classroom sheets' words, loaded with the sheets only. */
export const classroomText = (locale: Locale): ClassroomTranslate =>
  translatorIn({ fr: classroomMessagesFr, en: classroomMessagesEn }, locale);
