import { z } from '../validation/zod';
import { localizedListSchema, localizedSchema } from './localized';

/** A legal text a category relates to, named as French law names it. */
export const lawSchema = z.object({ reference: localizedSchema, summary: localizedSchema });

const subChoiceSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Its wording on the PHAROS form, as REPORTING.md gives it; the live wording is unknown. */
  pharosLabel: z.string(),
  pharosLabelVariants: z.array(z.string()),
  label: localizedSchema,
});

export const reportCategorySchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  pharosLabel: z.string(),
  pharosLabelVariants: z.array(z.string()),
  label: localizedSchema,
  /** What it is, in plain words: also the reason given to the platform in a DSA notice. */
  explanation: localizedSchema,
  /** Advice to the user, shown with the choice but never sent to anyone. */
  advice: localizedSchema.optional(),
  examples: localizedListSchema.refine(
    (examples) => examples.fr.length >= 2 && examples.en.length >= 2,
  ),
  laws: z.array(lawSchema),
  subChoices: z.array(subChoiceSchema),
  /** What PHAROS does with it: takes it, sends its victims to a complaint, or to THESEE. */
  pharos: z.enum(['accepts', 'victims-to-complaint', 'to-thesee']),
  /** Child sexual abuse: no image is kept or exported. */
  childAbuse: z.boolean(),
  /** Press offences (loi du 29 juillet 1881) expire: 3 months, or 1 year when discriminatory. */
  pressPrescription: z.enum(['three-months', 'one-year']).optional(),
  /**
   * Answers the category already gives, so the page does not ask them again: someone in danger
   * is in immediate danger; a scam is a scam.
   */
  implies: z
    .object({ immediateDanger: z.literal(true).optional(), scam: z.literal(true).optional() })
    .optional(),
  /** The kinds of help it calls for, read by the routing. */
  concerns: z.array(
    z.enum(['harassment', 'sexual', 'discrimination', 'scam', 'spam', 'life', 'attack']),
  ),
});
export type ReportCategory = z.infer<typeof reportCategorySchema>;
