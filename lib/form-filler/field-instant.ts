import type { Instant, InstantWords } from './field-patterns';
import type { FoundField } from './found-field';
import { containsPhrase, wordsOf } from './label-words';

/** What part of an instant a field holds. */
export type InstantPart = 'date' | 'time' | 'datetime';

/**
 * The part of an instant a field holds: by its input type, else by the words of its label. A
 * text field asking « date et heure » at once is not one: its format cannot be known.
 */
export function partOf(field: FoundField, words: InstantWords): InstantPart | undefined {
  switch (field.shape) {
    case 'date':
    case 'time':
    case 'datetime':
      return field.shape;
    case 'parts':
      return field.parts.some((part) => part.name === 'day') ? 'date' : 'time';
    case 'text': {
      const own = wordsOf(field.ownLabel);
      const date = words.date.some((word) => own.includes(word));
      const time = words.time.some((word) => own.includes(word));
      if (date === time) return undefined;
      return date ? 'date' : 'time';
    }
    default:
      return undefined;
  }
}

/** The moments a text names, in the order it names them. */
function instantsNamed(text: string, words: InstantWords): Instant[] {
  const found: { at: number; instant: Instant }[] = [];
  const textWords = wordsOf(text);
  for (const instant of ['published', 'observed'] as const) {
    for (const phrase of words[instant]) {
      if (!containsPhrase(text, phrase)) continue;
      const first = wordsOf(phrase)[0]!;
      found.push({ at: textWords.indexOf(first), instant });
    }
  }
  return found.sort((left, right) => left.at - right.at).map((entry) => entry.instant);
}

/** A label that names only a part (« Date », « Heure », « jj/mm/aaaa »): it says no moment. */
function isBare(label: string, words: InstantWords): boolean {
  return wordsOf(label).every((word) => words.bare.includes(word));
}

/**
 * The moment a date or time field asks about, or none when it is not certain. The field's own
 * label says it first (« Date de consultation de la publication » is the consultation: the
 * moment named first). A bare label (« Date ») takes its meaning from the wording of its group
 * or step, and only when that wording names one moment; a label that names something else
 * (« Date du signalement », « Date de naissance ») is never one of ours.
 */
export function instantOf(field: FoundField, words: InstantWords): Instant | undefined {
  const [own] = instantsNamed(field.ownLabel, words);
  if (own) return own;
  if (!isBare(field.ownLabel, words)) return undefined;
  const around = new Set(instantsNamed(field.context, words));
  return around.size === 1 ? [...around][0] : undefined;
}
