/** Marks that say a field is required: they tell nothing about what the field is. */
const REQUIRED_MARKS = /\*|\(\s*(?:obligatoire|requis|requise|required)\s*\)/g;
const TYPOGRAPHIC_APOSTROPHES = /[‘’ʼ′´`]/g;
const INVISIBLE_CHARACTERS = /[\u200b-\u200d\u2060\ufeff]/g;
const TRAILING_COLONS = /(?:\s*:)+\s*$/;

/**
 * Visible text reduced to what matters for matching a label, so that « Adresse URL * : » and
 * "adresse url" compare equal: no accents, lower case, no required marks, one space between
 * words. Pages write labels with non-breaking spaces and curly apostrophes; patterns do not.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(TYPOGRAPHIC_APOSTROPHES, "'")
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(REQUIRED_MARKS, ' ')
    .replace(/\s+/g, ' ')
    .replace(TRAILING_COLONS, '')
    .trim();
}

/**
 * A label as the page shows it, for the person to recognize: the same words, case and accents,
 * without the required marks and trailing colon that say nothing of the field.
 */
export function shownLabel(text: string): string {
  return text
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(REQUIRED_MARKS, ' ')
    .replace(/\s+/g, ' ')
    .replace(TRAILING_COLONS, '')
    .trim();
}
