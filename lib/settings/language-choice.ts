/** The interface language the user chose: `auto` follows the browser. */
export type LanguageChoice = 'auto' | 'fr' | 'en';

/** A copy of the language choice that extension pages read synchronously, before drawing. */
export const LANGUAGE_MIRROR_KEY = 'temoin.language';
