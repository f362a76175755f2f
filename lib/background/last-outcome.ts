import { captureOutcomeSchema, type CaptureOutcome } from '../messaging/capture-outcome';
import { defineCheckedItem } from '../storage/checked-item';
import { z } from '../validation/zod';

const rememberedOutcomeSchema = z.object({ outcome: captureOutcomeSchema, at: z.string() });

/** The last capture's outcome, kept for the popup, for the browser session only. */
const lastOutcome = defineCheckedItem('session:lastOutcome', {
  schema: rememberedOutcomeSchema.nullable(),
  fallback: null,
});

export async function rememberOutcome(outcome: CaptureOutcome): Promise<void> {
  await lastOutcome.write({ outcome, at: new Date().toISOString() });
}

/** The person has read it: the popup no longer shows it. */
export async function forgetLastOutcome(): Promise<void> {
  await lastOutcome.write(null);
}

export const readLastOutcome = lastOutcome.read;

/** Calls back with each new outcome while a page is open; returns the unsubscribe function. */
export const watchLastOutcome = lastOutcome.watch;
