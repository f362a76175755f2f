import { z } from '../validation/zod';

/** A text in both of Témoin's languages. */
export const localizedSchema = z.object({ fr: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localizedSchema>;

export const localizedListSchema = z.object({
  fr: z.array(z.string().min(1)),
  en: z.array(z.string().min(1)),
});
