import * as z from '../validation/zod-mini';

/**
 * What to put in an official form, built by the background from the evidence and sent to the
 * form filler in the page. The filler finds each field by its visible label; the plan never
 * names ids. Validated on arrival: the page side trusts nothing it is sent.
 */
export const fieldKeySchema = z.enum([
  'category',
  'subCategory',
  'isVictim',
  'isMinor',
  'publishedDate',
  'publishedTime',
  'observedDate',
  'observedTime',
  'whereSeen',
  'platformName',
  'url',
  'description',
  'lastName',
  'firstName',
  'email',
]);
export type FieldKey = z.infer<typeof fieldKeySchema>;

export const plannedValueSchema = z.discriminatedUnion('kind', [
  /** Free text: typed into a text input or textarea. */
  z.object({ key: fieldKeySchema, kind: z.literal('text'), value: z.string() }),
  /** A choice among radios, checkboxes or a select: the option whose label matches one of `choices`. */
  z.object({
    key: fieldKeySchema,
    kind: z.literal('choice'),
    value: z.string(),
    choices: z.array(z.string()).check(z.minLength(1)),
    /** Shown in the panel only once the form asks the question: not every form does. */
    ifAsked: z.optional(z.boolean()),
  }),
  /** A local calendar date, `YYYY-MM-DD`; written as the field expects it (date input, jj/mm/aaaa, parts). */
  z.object({
    key: fieldKeySchema,
    kind: z.literal('date'),
    value: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  }),
  /** A local time of day, `HH:MM`; written as the field expects it (time input, text, hour and minute). */
  z.object({
    key: fieldKeySchema,
    kind: z.literal('time'),
    value: z.string().check(z.regex(/^\d{2}:\d{2}$/)),
  }),
]);
export type PlannedValue = z.infer<typeof plannedValueSchema>;

export const fillPlanSchema = z.object({
  /** The form this plan is for, e.g. `pharos`: selects the table of label patterns. */
  form: z.literal('pharos'),
  locale: z.enum(['fr', 'en']),
  values: z.array(plannedValueSchema),
});
export type FillPlan = z.infer<typeof fillPlanSchema>;

/**
 * A value placed on an earlier page of the form, with the form's own labels of the fields it
 * went to: the next page's panel says where, in the form's words.
 */
export const placedValueSchema = z.object({
  key: fieldKeySchema,
  labels: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(4)),
});
export type PlacedValue = z.infer<typeof placedValueSchema>;
