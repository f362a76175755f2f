import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from '../../lib/validation/zod';

export const PHAROS_FIXTURES = path.resolve('tests/fixtures/pharos');

/** The variants written for issue 11; a and b keep their own tests in report.spec.ts. */
export const FORM_VARIANTS = ['spa', 'long', 'wording', 'traps'] as const;
export type FormVariant = (typeof FORM_VARIANTS)[number];

/** What Témoin knows for a form: the capture, the guided answers and the saved identity. */
export const VALUE_NAMES = [
  'category',
  'victim',
  'minor',
  'support',
  'platform',
  'url',
  'publication-date',
  'publication-time',
  'observation-date',
  'observation-time',
  'description',
  'surname',
  'given-name',
  'email',
] as const;
const valueName = z.enum(VALUE_NAMES);
export type ValueName = (typeof VALUE_NAMES)[number];

/** How a field wants an instant written; the format of its own value, not of its hint. */
export const TIME_FORMATS = ['dd/MM/yyyy', 'yyyy-MM-dd', 'HH:mm', "yyyy-MM-dd'T'HH:mm"] as const;

const fieldCommon = {
  selector: z.string().min(1),
  /** The form's own words for the field: its label, or the question of a choice. */
  label: z.string().min(1),
  /** The visible words of a radio or select option. */
  option: z.string().optional(),
  /** The values of Témoin this field receives; the panel must name `label` for them. */
  holds: z.union([valueName, z.array(valueName).min(2)]).optional(),
  /** False when a person cannot see, reach or edit it: a filler must leave it as it is. */
  reachable: z.boolean().default(true),
  why: z.string().min(10).optional(),
};

export const fieldSchema = z.discriminatedUnion('expect', [
  z.strictObject({
    ...fieldCommon,
    expect: z.literal('value'),
    value: z.string(),
    /** Other values as right as `value` (another honest name of the same platform). */
    alsoRight: z.array(z.string()).optional(),
  }),
  z.strictObject({ ...fieldCommon, expect: z.literal('checked') }),
  z.strictObject({ ...fieldCommon, expect: z.literal('unchecked') }),
  z.strictObject({ ...fieldCommon, expect: z.literal('empty'), why: z.string().min(10) }),
  z.strictObject({
    ...fieldCommon,
    expect: z.literal('observation-time'),
    format: z.enum(TIME_FORMATS),
  }),
  z.strictObject({
    ...fieldCommon,
    expect: z.literal('description'),
    contains: z.array(z.string().min(1)).min(1),
  }),
]);
export type FieldExpectation = z.infer<typeof fieldSchema>;

const panelLineSchema = z
  .strictObject({
    value: valueName,
    placedIn: z
      .array(z.strictObject({ page: z.number().int().min(1), label: z.string().min(1) }))
      .min(1)
      .optional(),
    byHand: z.literal(true).optional(),
  })
  .refine((line) => Boolean(line.placedIn) !== Boolean(line.byHand), {
    message: 'a panel line is either placed or to copy by hand',
  });
export type PanelLine = z.infer<typeof panelLineSchema>;

const pageSchema = z.strictObject({
  file: z.string().regex(/^[a-z0-9-]+\.html$/),
  /** The stepper's words, for people reading the file. */
  step: z.string().min(1),
  /** The button the person presses to reach the next entry of `pages` in the same file. */
  next: z.string().optional(),
  /** The frame of the entry page that shows this file. */
  frame: z.string().optional(),
  fields: z.array(fieldSchema).min(1),
});
export type FormPage = z.infer<typeof pageSchema>;

const buttonSchema = z.strictObject({
  selector: z.string().min(1),
  frame: z.string().optional(),
  label: z.string().min(1),
  /** navigation: the person (the test) may press it; never: nobody in a test presses it. */
  use: z.enum(['navigation', 'never']),
  why: z.string().optional(),
});

export const formExpectationSchema = z.strictObject({
  variant: z.enum(FORM_VARIANTS),
  about: z.string().min(20),
  entry: z.literal('index.html'),
  /** The emergency banner the panel must never cover. */
  banner: z.string().min(1),
  pages: z.array(pageSchema).min(1),
  /** Per value of Témoin: where the panel says it went, or that it is to copy by hand. */
  panel: z.array(panelLineSchema),
  /** Every button on the pages: a filler clicks none of them. */
  buttons: z.array(buttonSchema).min(1),
  /** The same form with other answers: only the fields and panel lines that change. */
  alternatives: z.array(
    z.strictObject({
      name: z.string().min(1),
      answers: z.record(z.string(), z.string()),
      fields: z.array(fieldSchema).min(1),
      panel: z.array(panelLineSchema).min(1),
    }),
  ),
});
export type FormExpectation = z.infer<typeof formExpectationSchema>;

/** What the person did before Témoin opens a form, and the values Témoin draws from it. */
export const scenarioSchema = z.strictObject({
  about: z.string().min(20),
  capture: z.strictObject({
    fixture: z.string(),
    post: z.number().int().min(0),
    target: z.string(),
    how: z.string(),
  }),
  answers: z.record(z.string(), z.string()),
  identity: z.record(z.string(), z.union([z.string(), z.boolean()])),
  timeZone: z.literal('Europe/Paris'),
  values: z.record(valueName, z.string().min(1)),
  alternatives: z.record(
    z.string(),
    z.strictObject({
      answers: z.record(z.string(), z.string()),
      values: z.partialRecord(valueName, z.string()),
    }),
  ),
});

export function readScenario(): z.infer<typeof scenarioSchema> {
  const file = path.join(PHAROS_FIXTURES, 'scenario.json');
  return scenarioSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function readFormExpectation(variant: FormVariant): FormExpectation {
  const file = path.join(PHAROS_FIXTURES, variant, 'expected.json');
  return formExpectationSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function readFormPage(variant: FormVariant, file: string): string {
  return readFileSync(path.join(PHAROS_FIXTURES, variant, file), 'utf8');
}

/** The values a field holds, as a list. */
export function heldValues(field: FieldExpectation): ValueName[] {
  if (!field.holds) return [];
  return Array.isArray(field.holds) ? field.holds : [field.holds];
}
