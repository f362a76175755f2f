import { dateTextFor, partNumbers, timeTextFor } from './field-formats';
import type { FieldPart, FoundField, PartName } from './found-field';
import type { FieldKey, PlannedValue } from '../messaging/fill-plan';
import type { FieldPatterns } from './field-patterns';
import { PHAROS_FIELD_PATTERNS } from '../pharos/field-patterns';
import { bestOption, labelScore } from './score-match';

export interface PartWrite {
  name: PartName;
  control: FieldPart['control'];
  number: number;
}

interface StepBase {
  key: FieldKey;
  value: PlannedValue;
}

/** One thing to do on the page, as a person would: type, tick an option, pick one, or type parts. */
export type FillStep =
  | (StepBase & { how: 'type'; control: HTMLInputElement | HTMLTextAreaElement; text: string })
  | (StepBase & { how: 'check'; option: HTMLInputElement; group: HTMLInputElement[] })
  | (StepBase & { how: 'select'; control: HTMLSelectElement; option: HTMLOptionElement })
  | (StepBase & { how: 'parts'; parts: PartWrite[] });

export interface PagePlan {
  steps: FillStep[];
  /** Values with no field on the page as it is now: a later step may show one. */
  unplaced: PlannedValue[];
}

interface Candidate {
  score: number;
  controls: readonly Element[];
  step: FillStep;
}

const DATE_PARTS: readonly PartName[] = ['day', 'month', 'year'];
const TIME_PARTS: readonly PartName[] = ['hour'];

function partsStep(value: PlannedValue, field: FoundField, needed: readonly PartName[]) {
  if (!needed.every((name) => field.parts.some((part) => part.name === name))) return undefined;
  const numbers = partNumbers(value.value);
  const parts = field.parts.flatMap((part) => {
    const number = numbers[part.name];
    return number === undefined ? [] : [{ name: part.name, control: part.control, number }];
  });
  return { key: value.key, value, how: 'parts' as const, parts };
}

/** The step placing a value in a field, if the field can hold that kind of value. */
function stepFor(value: PlannedValue, field: FoundField): FillStep | undefined {
  const base = { key: value.key, value };
  const control = field.controls[0] as HTMLInputElement | HTMLTextAreaElement;
  switch (value.kind) {
    case 'text':
      return field.shape === 'text'
        ? { ...base, how: 'type', control, text: value.value }
        : undefined;
    case 'date':
      if (field.shape === 'date') return { ...base, how: 'type', control, text: value.value };
      if (field.shape === 'text')
        return { ...base, how: 'type', control, text: dateTextFor(value.value, field.hints) };
      return field.shape === 'parts' ? partsStep(value, field, DATE_PARTS) : undefined;
    case 'time':
      if (field.shape === 'time') return { ...base, how: 'type', control, text: value.value };
      if (field.shape === 'text')
        return { ...base, how: 'type', control, text: timeTextFor(value.value, field.hints) };
      return field.shape === 'parts' ? partsStep(value, field, TIME_PARTS) : undefined;
    case 'choice': {
      const match = bestOption(field.options, value.choices);
      if (!match) return undefined;
      if (field.shape === 'select')
        return {
          ...base,
          how: 'select',
          control: field.controls[0] as HTMLSelectElement,
          option: match.option.element as HTMLOptionElement,
        };
      const group = field.controls as HTMLInputElement[];
      const option = match.option.element as HTMLInputElement;
      return field.shape === 'choices' ? { ...base, how: 'check', option, group } : undefined;
    }
  }
}

function candidate(
  value: PlannedValue,
  field: FoundField,
  patterns: Record<FieldKey, FieldPatterns>,
  ownerScore: number,
): Candidate | undefined {
  const step = stepFor(value, field);
  if (!step) return undefined;
  const keyPatterns = patterns[value.key];
  const byLabel = labelScore(field.labels, keyPatterns);
  // A field named more precisely for another key is that key's, even if the plan lacks it:
  // « Date de constatation » never takes the publication date through the generic « date ».
  if (byLabel < ownerScore) return undefined;
  const byOption =
    value.kind === 'choice' ? (bestOption(field.options, value.choices)?.score ?? 0) : 0;
  // Fields found by their options may have any question; the others need theirs to match.
  if (byLabel === 0 && !(keyPatterns.byOptions && byOption > 0)) return undefined;
  return { score: byLabel + byOption, controls: field.controls, step };
}

/** The best any key's phrases name a field with. */
function ownerScoreOf(field: FoundField, patterns: Record<FieldKey, FieldPatterns>): number {
  return Math.max(
    ...Object.values(patterns).map((keyPatterns) => labelScore(field.labels, keyPatterns)),
  );
}

/**
 * Matches the plan's values to the fields on the page: every (value, field) pair is scored,
 * and the best pairs win first, so each field takes one value and each value one field. A
 * specific label (« Date de constatation ») thus goes to its key before a generic one (« date »).
 */
export function planFill(
  fields: readonly FoundField[],
  values: readonly PlannedValue[],
  patterns: Record<FieldKey, FieldPatterns> = PHAROS_FIELD_PATTERNS,
): PagePlan {
  const owners = new Map(fields.map((field) => [field, ownerScoreOf(field, patterns)]));
  const candidates = values
    .flatMap((value) =>
      fields.map((field) => candidate(value, field, patterns, owners.get(field)!)),
    )
    .filter((found) => found !== undefined)
    .sort((first, second) => second.score - first.score);
  const placed = new Set<PlannedValue>();
  const used = new Set<Element>();
  const steps: FillStep[] = [];
  for (const { step, controls } of candidates) {
    if (placed.has(step.value) || controls.some((control) => used.has(control))) continue;
    steps.push(step);
    placed.add(step.value);
    controls.forEach((control) => used.add(control));
  }
  return { steps, unplaced: values.filter((value) => !placed.has(value)) };
}

/** The page elements a step writes to. */
export function controlsOf(step: FillStep): Element[] {
  if (step.how === 'check') return [step.option];
  if (step.how === 'parts') return step.parts.map((part) => part.control);
  return [step.control];
}
