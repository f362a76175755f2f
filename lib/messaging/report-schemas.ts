import { z } from '../validation/zod';

/** The answers of the report flow's guided questions, as the report page sends them. */
export const reportAnswersSchema = z.object({
  categoryId: z.string().max(80),
  subChoiceId: z.string().max(80).optional(),
  visibility: z.enum(['public', 'private', 'unsure']),
  /** A parent or legal guardian reports for the child, as a witness acting for them. */
  role: z.enum(['victim', 'witness', 'parent']),
  minorInvolved: z.enum(['yes', 'no', 'unsure']),
  immediateDanger: z.boolean(),
  scam: z.boolean(),
  /** Asked for a scam or spam only: money paid or bank card details given. */
  moneyLost: z.boolean().optional(),
  platform: z.string().max(80).optional(),
});

export const captureIdsSchema = z.array(z.string().max(80)).min(1).max(100_000);

/** The captures of a report, which may be none when it is a thread's. */
export const reportedIdsSchema = z.array(z.string().max(80)).max(100_000);

/** Tags as the user typed them: trimmed, empty ones dropped, each once whatever its case. */
export const tagsSchema = z
  .array(z.string().trim().max(80))
  .transform((tags) => {
    const seen = new Set<string>();
    return tags.filter((tag) => {
      const key = tag.toLocaleLowerCase('fr');
      if (!tag || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .pipe(z.array(z.string()).max(50));
