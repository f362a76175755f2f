import type { FieldKey } from '../../lib/messaging/fill-plan';
import {
  type FieldExpectation,
  type FormExpectation,
  type PanelLine,
  type ValueName,
} from './pharos-form-fixtures';

/** The fixtures' names of Témoin's values, and the plan's keys for them. */
export const KEY_OF_VALUE: Record<ValueName, FieldKey> = {
  category: 'category',
  victim: 'isVictim',
  minor: 'isMinor',
  support: 'whereSeen',
  platform: 'platformName',
  url: 'url',
  'publication-date': 'publishedDate',
  'publication-time': 'publishedTime',
  'observation-date': 'observedDate',
  'observation-time': 'observedTime',
  description: 'description',
  surname: 'lastName',
  'given-name': 'firstName',
  email: 'email',
};

/** What a control holds after the filler: its value, or whether it is ticked. */
export interface ControlState {
  value: string;
  checked: boolean;
}

/** One line of the filler's panel as a person reads it. */
export interface PanelLineSeen {
  key: string;
  state: string;
  /** The form's labels the line names. */
  fields: string[];
  text: string;
}

/** How a field came out: right, left empty (for the panel), or wrong. */
export type Verdict = 'right' | 'empty' | 'wrong';

/** The capture's local date and time, as the fixture's formats write them. */
export function observationText(format: string, local: { date: string; time: string }): string {
  const [year, month, day] = local.date.split('-');
  const written: Record<string, string> = {
    'dd/MM/yyyy': `${day}/${month}/${year}`,
    'yyyy-MM-dd': local.date,
    'HH:mm': local.time,
    "yyyy-MM-dd'T'HH:mm": `${local.date}T${local.time}`,
  };
  return written[format]!;
}

/**
 * How a field came out against its expectation. A field expected to hold a value and found
 * empty is « empty » (the panel must then list it to copy by hand); anything else is wrong.
 */
export function judgeField(
  field: FieldExpectation,
  state: ControlState,
  observed: { date: string; time: string },
): Verdict {
  switch (field.expect) {
    case 'checked':
      return state.checked ? 'right' : 'empty';
    case 'unchecked':
      return state.checked ? 'wrong' : 'right';
    case 'empty':
      return state.value === '' ? 'right' : 'wrong';
    case 'value':
      if (!field.reachable) return state.value === field.value ? 'right' : 'wrong';
      if ([field.value, ...(field.alsoRight ?? [])].includes(state.value)) return 'right';
      return state.value === '' ? 'empty' : 'wrong';
    case 'observation-time':
      if (state.value === observationText(field.format, observed)) return 'right';
      return state.value === '' ? 'empty' : 'wrong';
    case 'description':
      if (field.contains.every((part) => state.value.includes(part))) return 'right';
      return state.value === '' ? 'empty' : 'wrong';
  }
}

/**
 * The pages on screen with the page numbered `pageNumber`: a frame's page shows in the page
 * before it (the captcha's frame sits in the traps page).
 */
export function pagesOnScreen(expectation: FormExpectation, pageNumber: number): number[] {
  let host = pageNumber;
  while (host > 1 && expectation.pages[host - 1]!.frame) host -= 1;
  return host === pageNumber ? [pageNumber] : [host, pageNumber];
}

/** Whether the panel's line says the value went where it went, or is to copy by hand. */
export function panelLineProblem(
  expected: PanelLine,
  seen: PanelLineSeen | undefined,
  onScreen: readonly number[],
): string | null {
  if (!seen) return `no panel line for ${expected.value}`;
  if (expected.byHand) {
    const byHand = ['unplaced', 'unanswerable'].includes(seen.state);
    return byHand ? null : `${expected.value}: « ${seen.text} », not « to copy by hand »`;
  }
  const labels = expected.placedIn!.map((place) => place.label).sort();
  const here = expected.placedIn!.some((place) => onScreen.includes(place.page));
  const state = here ? 'filled' : 'earlier';
  if (seen.state !== state || JSON.stringify([...seen.fields].sort()) !== JSON.stringify(labels)) {
    return `${expected.value}: « ${seen.text} », expected ${state} in ${labels.join(', ')}`;
  }
  return null;
}

/** The panel lines due once the person is on a page: those placed there, and at the end all. */
export function panelLinesDue(
  expectation: FormExpectation,
  panel: readonly PanelLine[],
  pageNumber: number,
): PanelLine[] {
  const last = pageNumber === expectation.pages.length;
  return panel.filter((line) => last || line.placedIn?.some((place) => place.page === pageNumber));
}

/** The expectation with an alternative's fields and panel lines put in place of the main ones. */
export function withAlternative(expectation: FormExpectation, name?: string): FormExpectation {
  const alternative = expectation.alternatives.find((entry) => entry.name === name);
  if (!alternative) return expectation;
  const fieldOf = (field: FieldExpectation) =>
    alternative.fields.find((other) => other.selector === field.selector) ?? field;
  return {
    ...expectation,
    pages: expectation.pages.map((page) => ({ ...page, fields: page.fields.map(fieldOf) })),
    panel: expectation.panel.map(
      (line) => alternative.panel.find((other) => other.value === line.value) ?? line,
    ),
  };
}
