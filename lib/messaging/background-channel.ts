import { z } from 'zod';
import { captureFailureSchema } from '../capture/capture-failure';
import { defineChannel } from './define-channel';
import { captureIdsSchema, reportAnswersSchema } from './report-schemas';

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
  /** Files the captures under a report category, in their custody logs. */
  recordCategory: {
    request: z.object({
      captureIds: captureIdsSchema,
      categoryId: z.string().max(80),
      subChoiceId: z.string().max(80).optional(),
    }),
    response: z.object({}),
  },
  /** Deletes the captures' images: asked after the user confirms the child-abuse category. */
  deleteImages: {
    request: z.object({ captureIds: captureIdsSchema }),
    response: z.object({ deletedFiles: z.number().int() }),
  },
  /** Records that the user sent a report: Témoin never knows it unless told. */
  recordReport: {
    request: z.object({
      captureIds: captureIdsSchema,
      channelId: z.string().max(80),
      note: z.string().max(2000).optional(),
    }),
    response: z.object({}),
  },
  /** Opens the official form in a new tab that Témoin fills from the captures. */
  openForm: {
    request: z.object({
      form: z.literal('pharos'),
      captureIds: captureIdsSchema,
      answers: reportAnswersSchema,
    }),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('opened'), tabId: z.number() }),
      z.object({ status: z.literal('no-permission') }),
    ]),
  },
});
