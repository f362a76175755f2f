import { dateTextFor } from './field-formats';
import type { FieldKey, PlannedValue } from '../messaging/fill-plan';

/**
 * Where a planned value stands: filled on this page, filled on an earlier step or page, not
 * placed (to copy by hand), the person's own value kept, or shortened by the field's limit.
 */
export type FillState = 'filled' | 'earlier' | 'unplaced' | 'kept' | 'truncated';

export interface FillEntry {
  key: FieldKey;
  value: PlannedValue;
  state: FillState;
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
