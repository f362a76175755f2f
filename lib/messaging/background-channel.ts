import { z } from 'zod';
import { captureFailureSchema } from '../capture/capture-failure';
import { defineChannel } from './define-channel';

export const captureOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('stored'), captureId: z.string() }),
  z.object({ status: z.literal('failed'), reason: captureFailureSchema }),
]);
export type CaptureOutcome = z.infer<typeof captureOutcomeSchema>;

/** Extension pages (popup, practice page) → background. */
export const backgroundChannel = defineChannel('temoin/background', {
  captureActiveTab: {
    request: z.object({}),
    response: captureOutcomeSchema,
  },
  /** Starts the background if the browser stopped it, so it reports interrupted captures. */
  wake: {
    request: z.object({}),
    response: z.object({}),
  },
});
