import { copyTextOf, type FillEntry, type FillState } from './fill-status';
import type { FieldKey } from '../messaging/fill-plan';

/** One line of the panel: a value, where it stands, the form's words for where it went. */
export interface PanelEntry {
  key: FieldKey;
  state: FillState;
  /** The full text to copy, even when the field took a shortened one. */
  text: string;
  /** The form's own labels of the fields it went to, or of the question it could not answer. */
  fields: string[];
}

/** Lines in this order: what is on the page now, what to do by hand, what is done already. */
const RANK: Record<FillState, number> = {
  filled: 0,
  kept: 0,
  truncated: 0,
  unanswerable: 1,
  unplaced: 2,
  waiting: 2,
  earlier: 3,
};

/**
 * The panel's lines from the filler's entries. Before the form shows, nothing is said to be
 * missing; an answer the form may not ask at all (`ifAsked`) has a line only once it is asked.
 */
export function panelEntriesOf(entries: readonly FillEntry[], formSeen: boolean): PanelEntry[] {
  return entries
    .filter((entry) => {
      const asked = entry.state !== 'unplaced' && entry.state !== 'waiting';
      return asked || !(entry.value.kind === 'choice' && entry.value.ifAsked);
    })
    .map((entry) => {
      const here = entry.places.some((place) => place.here);
      const placedHere = entry.state === 'earlier' && here ? 'filled' : entry.state;
      return {
        key: entry.key,
        state: !formSeen && entry.state === 'unplaced' ? 'waiting' : placedHere,
        text: copyTextOf(entry.value),
        fields: entry.places.map((place) => place.label).filter((label) => label !== ''),
      } satisfies PanelEntry;
    })
    .sort((left, right) => RANK[left.state] - RANK[right.state]);
}
