import type { PlannedValue } from '../messaging/fill-plan';
import { PHAROS_PATTERNS } from '../pharos/field-patterns';
import type { FormPatterns } from './field-patterns';
import type { FoundField } from './found-field';
import { confirmationsFor, isConfirmation } from './plan-confirmations';
import { keyScore, ownerScoreOf } from './score-field';
import { bestOption, labelScore } from './score-match';
import { stepFor, type FillStep } from './fill-step';

export type { FillStep, PartWrite } from './fill-step';

/** A question the form asks whose options hold none of the plan's answers. */
export interface Unanswerable {
  value: PlannedValue;
  field: FoundField;
}

export interface PagePlan {
  steps: FillStep[];
  /** Values with no field on the page as it is now: a later step may show one. */
  unplaced: PlannedValue[];
  /** Values whose question is on the page without an option for them: the person answers. */
  unanswerable: Unanswerable[];
}

interface Candidate {
  score: number;
  step: FillStep;
}

function candidate(
  value: PlannedValue,
  field: FoundField,
  patterns: FormPatterns,
  ownerScore: number,
  values: readonly PlannedValue[],
): Candidate | undefined {
  const keyPatterns = patterns.fields[value.key];
  const byKey = keyScore(value.key, field, patterns);
  // A field named more precisely for another key is that key's, even if the plan lacks it:
  // « Nom de la plateforme » never takes the person's surname through the generic « nom ».
  if (byKey === 0 || byKey < ownerScore) return undefined;
  if (keyPatterns.confirmedBy && isConfirmation(field, keyPatterns.confirmedBy)) return undefined;
  const step = stepFor(value, field, patterns, values);
  if (!step) return undefined;
  const byOption =
    value.kind === 'choice' ? (bestOption(field.options, value.choices)?.score ?? 0) : 0;
  return { score: byKey + byOption, step };
}

/** A choice found by its options alone, whatever its question: the category, its sub-choice. */
function candidateByOptions(
  value: PlannedValue,
  field: FoundField,
  patterns: FormPatterns,
  ownerScore: number,
): Candidate | undefined {
  if (value.kind !== 'choice' || !patterns.fields[value.key].byOptions || ownerScore > 0) {
    return undefined;
  }
  const step = stepFor(value, field, patterns, []);
  const byOption = bestOption(field.options, value.choices)?.score ?? 0;
  return step && byOption > 0 ? { score: byOption, step } : undefined;
}

/** Whether the field asks the value's question, whether or not it offers the answer. */
function asks(value: PlannedValue, field: FoundField, patterns: FormPatterns, owner: number) {
  if (value.kind !== 'choice' || !['choices', 'select'].includes(field.shape)) return false;
  const score = labelScore(field.labels, patterns.fields[value.key]);
  return score > 0 && score >= owner;
}

/**
 * Matches the plan's values to the fields on the page: every (value, field) pair is scored,
 * and the best pairs win first, so each field takes one value and each value one field. A
 * field whose words belong more to another key is never taken, and a field asking again for a
 * value already placed (« Confirmez votre courriel ») receives the same value.
 */
export function planFill(
  fields: readonly FoundField[],
  values: readonly PlannedValue[],
  patterns: FormPatterns = PHAROS_PATTERNS,
  placedBefore: readonly PlannedValue[] = [],
): PagePlan {
  const owners = new Map(fields.map((field) => [field, ownerScoreOf(field, patterns)]));
  const candidates = values
    .flatMap((value) =>
      fields.map((field) => {
        const owner = owners.get(field)!;
        return (
          candidate(value, field, patterns, owner, values) ??
          candidateByOptions(value, field, patterns, owner)
        );
      }),
    )
    .filter((found) => found !== undefined)
    .sort((first, second) => second.score - first.score);
  const placed = new Set<PlannedValue>();
  const used = new Set<Element>();
  const steps: FillStep[] = [];
  for (const { step } of candidates) {
    const stepValues = [step.value, ...step.also];
    const controls = controlsOf(step);
    if (stepValues.some((value) => placed.has(value))) continue;
    if (controls.some((control) => used.has(control))) continue;
    steps.push(step);
    stepValues.forEach((value) => placed.add(value));
    controls.forEach((control) => used.add(control));
  }
  const free = fields.filter((field) => !field.controls.some((control) => used.has(control)));
  steps.push(...confirmationsFor([...placed, ...placedBefore], free, patterns));
  const unplaced = values.filter((value) => !placed.has(value));
  const unanswerable = unplaced.flatMap((value) => {
    const field = free.find((found) => asks(value, found, patterns, owners.get(found)!));
    return field ? [{ value, field }] : [];
  });
  return { steps, unplaced, unanswerable };
}

/** The page elements a step writes to. */
export function controlsOf(step: FillStep): Element[] {
  if (step.how === 'check') return [step.option];
  if (step.how === 'parts') return step.parts.map((part) => part.control);
  return [step.control];
}
