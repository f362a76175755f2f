import { dateTextFor } from './field-formats';
import type { FieldKey, PlacedValue, PlannedValue } from '../messaging/fill-plan';

/**
 * Where a planned value stands: filled on this page, filled on an earlier step or page, not
 * placed (to copy by hand), its question asked without its answer, the person's own value kept,
 * or shortened by the field's limit. Before the form shows, values are only waiting.
 */
export type FillState =
  'waiting' | 'filled' | 'earlier' | 'unplaced' | 'unanswerable' | 'kept' | 'truncated';

/** A field a value went to, named in the form's own words. */
export interface Place {
  label: string;
  /** On the page as it is now, or on an earlier step or page. */
  here: boolean;
  controls: Element[];
}

export interface FillEntry {
  key: FieldKey;
  value: PlannedValue;
  state: FillState;
  places: Place[];
}

/** States in which the value has found its field: the next page need not place it again. */
export const PLACED_STATES: ReadonlySet<FillState> = new Set([
  'filled',
  'earlier',
  'kept',
  'truncated',
]);

/** The text a person copies by hand: dates as a French form writes them. */
export function copyTextOf(value: PlannedValue): string {
  return value.kind === 'date' ? dateTextFor(value.value, '') : value.value;
}

/** Every value of the plan, those placed on earlier pages marked so, with their fields' words. */
export function startingEntries(
  values: readonly PlannedValue[],
  alreadyPlaced: readonly PlacedValue[],
): FillEntry[] {
  return values.map((value) => {
    const earlier = alreadyPlaced.find((placed) => placed.key === value.key);
    return {
      key: value.key,
      value,
      state: earlier ? 'earlier' : 'unplaced',
      places: (earlier?.labels ?? []).map((label) => ({ label, here: false, controls: [] })),
    };
  });
}

/** What to tell the next page of the form: each value placed, and where. */
export function placedValues(entries: readonly FillEntry[]): PlacedValue[] {
  return entries
    .filter((entry) => PLACED_STATES.has(entry.state))
    .map((entry) => ({ key: entry.key, labels: entry.places.map((place) => place.label) }));
}

/** Once a step of a form has gone from the page, what was filled there was filled earlier. */
export function forgetGoneFields(entries: FillEntry[], isGone: (control: Element) => boolean) {
  for (const entry of entries) {
    for (const place of entry.places) {
      if (place.here && place.controls.every(isGone)) place.here = false;
    }
    const stillHere = entry.places.some((place) => place.here);
    if (PLACED_STATES.has(entry.state) && entry.places.length > 0 && !stillHere) {
      entry.state = 'earlier';
    }
  }
}
