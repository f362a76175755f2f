import { dateTextFor, partNumbers, timeTextFor } from './field-formats';
import type { FormPatterns } from './field-patterns';
import type { FieldPart, FoundField, PartName } from './found-field';
import type { FieldKey, PlannedValue } from '../messaging/fill-plan';
import { bestOption } from './score-match';

export interface PartWrite {
  name: PartName;
  control: FieldPart['control'];
  number: number;
}

interface StepBase {
  key: FieldKey;
  value: PlannedValue;
  /** Other values the same field holds: the time, in a field for a date and time. */
  also: PlannedValue[];
  /** The field asks again for a value placed elsewhere (« Confirmez votre courriel »). */
  confirmation: boolean;
  /** The field, for the panel to name it in the form's own words. */
  field: FoundField;
}

/** One thing to do on the page, as a person would: type, tick an option, pick one, or type parts. */
export type FillStep =
  | (StepBase & { how: 'type'; control: HTMLInputElement | HTMLTextAreaElement; text: string })
  | (StepBase & { how: 'check'; option: HTMLInputElement; group: HTMLInputElement[] })
  | (StepBase & { how: 'select'; control: HTMLSelectElement; option: HTMLOptionElement })
  | (StepBase & { how: 'parts'; parts: PartWrite[] });

const DATE_PARTS: readonly PartName[] = ['day', 'month', 'year'];
const TIME_PARTS: readonly PartName[] = ['hour'];

function partsStep(
  base: Omit<StepBase, 'also'>,
  field: FoundField,
  needed: readonly PartName[],
): FillStep | undefined {
  if (!needed.every((name) => field.parts.some((part) => part.name === name))) return undefined;
  const numbers = partNumbers(base.value.value);
  const parts = field.parts.flatMap((part) => {
    const number = numbers[part.name];
    return number === undefined ? [] : [{ name: part.name, control: part.control, number }];
  });
  return { ...base, also: [], how: 'parts', parts };
}

/** The time of the same moment as a date, for a field that takes both. */
function timeOfSameMoment(
  date: PlannedValue,
  patterns: FormPatterns,
  values: readonly PlannedValue[],
): PlannedValue | undefined {
  const moment = patterns.fields[date.key].instant;
  return values.find(
    (value) => value.kind === 'time' && patterns.fields[value.key].instant === moment,
  );
}

/** The step placing a value in a field, if the field can hold that kind of value. */
export function stepFor(
  value: PlannedValue,
  field: FoundField,
  patterns: FormPatterns,
  values: readonly PlannedValue[],
): FillStep | undefined {
  const base = { key: value.key, value, confirmation: false, field };
  const control = field.controls[0] as HTMLInputElement | HTMLTextAreaElement;
  const type = (text: string, also: PlannedValue[] = []): FillStep => ({
    ...base,
    also,
    how: 'type',
    control,
    text,
  });
  switch (value.kind) {
    case 'text':
      return field.shape === 'text' ? type(value.value) : undefined;
    case 'date': {
      if (field.shape === 'date') return type(value.value);
      if (field.shape === 'text') return type(dateTextFor(value.value, field.hints));
      if (field.shape === 'parts') return partsStep(base, field, DATE_PARTS);
      const time = field.shape === 'datetime' && timeOfSameMoment(value, patterns, values);
      return time ? type(`${value.value}T${time.value}`, [time]) : undefined;
    }
    case 'time':
      if (field.shape === 'time') return type(value.value);
      if (field.shape === 'text') return type(timeTextFor(value.value, field.hints));
      return field.shape === 'parts' ? partsStep(base, field, TIME_PARTS) : undefined;
    case 'choice': {
      const match = bestOption(field.options, value.choices);
      if (!match) return undefined;
      if (field.shape === 'select') {
        const option = match.option.element as HTMLOptionElement;
        return {
          ...base,
          also: [],
          how: 'select',
          control: field.controls[0] as HTMLSelectElement,
          option,
        };
      }
      const group = field.controls as HTMLInputElement[];
      const option = match.option.element as HTMLInputElement;
      return field.shape === 'choices'
        ? { ...base, also: [], how: 'check', option, group }
        : undefined;
    }
  }
}
