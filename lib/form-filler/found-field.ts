import type { WeightedLabel } from './field-label';
import type { FormControl } from './is-fillable';

/** What the filler finds in a form, before deciding what to write where. */
export type FieldShape =
  'text' | 'number' | 'date' | 'time' | 'datetime' | 'select' | 'choices' | 'parts';
export type PartName = 'day' | 'month' | 'year' | 'hour' | 'minute';

export interface FieldOption {
  element: HTMLInputElement | HTMLOptionElement;
  /** Normalized option texts, with and without hints. */
  labels: string[];
}

export interface FieldPart {
  name: PartName;
  control: HTMLInputElement | HTMLSelectElement;
}

/** One thing a person fills: a field, a group of radios or checkboxes, or the parts of a date. */
export interface FoundField {
  shape: FieldShape;
  controls: FormControl[];
  labels: WeightedLabel[];
  /** Normalized text that may show the expected format (« jj/mm/aaaa »). */
  hints: string;
  options: FieldOption[];
  parts: FieldPart[];
  /** The form's own words for the field, as shown (its label, or its question): for the panel. */
  title: string;
  /** Its own label, normalized and without hints: the question of a group. */
  ownLabel: string;
  /** The wording around it, normalized: its group's legend, else the heading before it. */
  context: string;
}
