import type { z } from '../validation/zod';
import type { reportAnswersSchema } from '../messaging/report-schemas';

/** The answers of the guided questions: what, where, who, a minor, danger, a scam. */
export type ReportAnswers = z.infer<typeof reportAnswersSchema>;
