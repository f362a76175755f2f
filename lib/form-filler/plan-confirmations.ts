import type { PlannedValue } from '../messaging/fill-plan';
import type { FormPatterns } from './field-patterns';
import type { FoundField } from './found-field';
import type { FillStep } from './fill-step';
import { containsPhrase } from './label-words';
import { labelScore } from './score-match';

/** Whether a field asks again for a value (« Confirmez votre courriel »). */
export function isConfirmation(field: FoundField, words: readonly string[]): boolean {
  return field.labels.some((label) => words.some((word) => containsPhrase(label.text, word)));
}

/**
 * The same value again in the field that asks to confirm it, once the value has its own field
 * on this page or an earlier one: never in a confirmation field alone, which may be a trap.
 */
export function confirmationsFor(
  placed: readonly PlannedValue[],
  free: readonly FoundField[],
  patterns: FormPatterns,
): FillStep[] {
  const taken = new Set<FoundField>();
  return placed.flatMap((value): FillStep[] => {
    const keyPatterns = patterns.fields[value.key];
    if (!keyPatterns.confirmedBy || value.kind !== 'text') return [];
    const field = free.find(
      (found) =>
        !taken.has(found) &&
        found.shape === 'text' &&
        isConfirmation(found, keyPatterns.confirmedBy!) &&
        labelScore(found.labels, keyPatterns) > 0,
    );
    if (!field) return [];
    taken.add(field);
    const control = field.controls[0] as HTMLInputElement;
    const base = { key: value.key, value, also: [], confirmation: true, field };
    return [{ ...base, how: 'type', control, text: value.value }];
  });
}
