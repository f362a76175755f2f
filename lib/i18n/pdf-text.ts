import { translatorIn, type Locale, type TranslateIn } from './catalogue';
import { pdfMessagesEn } from './pdf-messages-en';
import { pdfMessagesFr } from './pdf-messages-fr';

export type PdfTranslate = TranslateIn<keyof typeof pdfMessagesFr>;

/** The PDF report's words, loaded with the report only. */
export const pdfText = (locale: Locale): PdfTranslate =>
  translatorIn({ fr: pdfMessagesFr, en: pdfMessagesEn }, locale);
