import type { WeightedLabel } from './field-label';
import type { FieldOption } from './found-field';
import { containsPhrase, wordsOf } from './label-words';
import { normalizeLabel } from './normalize-label';
import type { FieldPatterns } from './field-patterns';

/** Each word a matched phrase has: « date de constatation » (3) outweighs « date » (1). */
const PER_WORD = 100;
/** How much of the label the phrase covers, to tell « Date » from « Date d'envoi du formulaire ». */
const COVERAGE = 50;
const EXACT_OPTION = 100;
const PARTIAL_OPTION = 60;

/**
 * How well a field's labels name a key: the best of its labels and phrases. Specific phrases
 * win by their word count, then by how much of the label they cover, then by their rank in the
 * table; a label's weight scales it (a placeholder counts less than a `<label>`). 0: no match.
 */
export function labelScore(labels: readonly WeightedLabel[], patterns: FieldPatterns): number {
  let best = 0;
  for (const label of labels) {
    if (patterns.unless?.some((word) => containsPhrase(label.text, word))) continue;
    const labelWords = wordsOf(label.text).length;
    patterns.labels.forEach((phrase, rank) => {
      if (!containsPhrase(label.text, phrase)) return;
      const words = wordsOf(phrase).length;
      const score = label.weight * (PER_WORD * words + (COVERAGE * words) / labelWords) - rank;
      best = Math.max(best, score);
    });
  }
  return best;
}

export interface OptionMatch {
  option: FieldOption;
  score: number;
}

/**
 * The option that stands for the plan's choices: an option equal to a choice beats one that
 * only contains it, and earlier choices beat later ones.
 */
export function bestOption(
  options: readonly FieldOption[],
  choices: readonly string[],
): OptionMatch | undefined {
  let best: OptionMatch | undefined;
  choices.map(normalizeLabel).forEach((choice, rank) => {
    for (const option of options) {
      for (const label of option.labels) {
        const strength =
          label === choice ? EXACT_OPTION : containsPhrase(label, choice) ? PARTIAL_OPTION : 0;
        const score = strength - rank;
        if (strength > 0 && (!best || score > best.score)) best = { option, score };
      }
    }
  });
  return best;
}
