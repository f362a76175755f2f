/** The interface languages one can choose: `auto` follows the browser. */
export const LANGUAGE_CHOICES = ['auto', 'fr', 'en'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** A copy of the language choice that extension pages read synchronously, before drawing. */
export const LANGUAGE_MIRROR_KEY = 'temoin.language';
