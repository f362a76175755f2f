/** The words of a normalized text: punctuation, apostrophes and hyphens separate words. */
export function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

/**
 * Whether the words of `phrase` appear together, in order, as whole words of `text`. Whole
 * words keep "nom" from matching "prenom" and "url" from matching "surligner".
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const words = wordsOf(text);
  const wanted = wordsOf(phrase);
  if (wanted.length === 0) return false;
  for (let start = 0; start + wanted.length <= words.length; start += 1) {
    if (wanted.every((word, index) => words[start + index] === word)) return true;
  }
  return false;
}
