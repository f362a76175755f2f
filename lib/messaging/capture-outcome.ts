import { z } from '../validation/zod';

/** Why a capture could not be made. Each reason has its own message for the user. */
export const captureFailureSchema = z.enum([
  'browser-page',
  'extension-store',
  'pdf-viewer',
  'file-access-denied',
  'tab-closed',
  'page-navigated',
  'tab-hidden',
  'quota-exceeded',
  'storage-full',
  'interrupted',
  'unknown',
]);
export type CaptureFailure = z.infer<typeof captureFailureSchema>;

/** What became of a capture: told to the popup and kept for it by the background. */
export const captureOutcomeSchema = z.discriminatedUnion('status', [
  /** `practice`: stored apart, in the practice database, never among the evidence. */
  z.object({
    status: z.literal('stored'),
    captureId: z.string(),
    practice: z.boolean().optional(),
  }),
  z.object({ status: z.literal('failed'), reason: captureFailureSchema }),
]);
export type CaptureOutcome = z.infer<typeof captureOutcomeSchema>;
