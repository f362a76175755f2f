import type { FieldKey, PlannedValue } from '../messaging/fill-plan';
import { instantOf, partOf } from './field-instant';
import type { FormPatterns } from './field-patterns';
import { containsPhrase } from './label-words';
import type { FieldShape, FoundField } from './found-field';
import { labelScore } from './score-match';

/** A field certain to ask for a moment's date or time is that moment's, above any phrase. */
const CERTAIN_MOMENT = 1000;

/** The shapes of field each kind of value can go into. */
const SHAPES_OF_KIND: Record<PlannedValue['kind'], readonly FieldShape[]> = {
  text: ['text'],
  choice: ['choices', 'select'],
  date: ['date', 'text', 'parts', 'datetime'],
  time: ['time', 'text', 'parts', 'datetime'],
};

/**
 * How well a field names a key: by its phrases, or, for a date or a time, by the moment it asks
 * about and the part it holds. 0 when the field cannot be the key's.
 */
export function keyScore(key: FieldKey, field: FoundField, patterns: FormPatterns): number {
  const keyPatterns = patterns.fields[key];
  if (!SHAPES_OF_KIND[keyPatterns.kind].includes(field.shape)) return 0;
  if (keyPatterns.unlessAround?.some((word) => containsPhrase(field.context, word))) return 0;
  if (!keyPatterns.instant) return labelScore(field.labels, keyPatterns);
  const part = partOf(field, patterns.instants);
  const fits = part === keyPatterns.kind || part === 'datetime';
  return fits && instantOf(field, patterns.instants) === keyPatterns.instant ? CERTAIN_MOMENT : 0;
}

/** The best any key names a field with. */
export function ownerScoreOf(field: FoundField, patterns: FormPatterns): number {
  const keys = Object.keys(patterns.fields) as FieldKey[];
  return Math.max(0, ...keys.map((key) => keyScore(key, field, patterns)));
}
