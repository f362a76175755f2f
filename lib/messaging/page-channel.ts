import * as z from '../validation/zod-mini';
import { postDetailsSchema } from '../sites/post-details';
import { defineChannel } from './define-channel';
import {
  captureTriggerSchema,
  rectangleSchema,
  targetElementSchema,
  viewportSchema,
} from './page-schemas';

export const pageReportSchema = z.object({
  url: z.string(),
  canonicalUrl: z.optional(z.string()),
  title: z.string(),
  language: z.optional(z.string()),
  selectionText: z.optional(z.string()),
  viewport: viewportSchema,
  target: z.optional(targetElementSchema),
  post: z.optional(postDetailsSchema),
});
export type PageReport = z.infer<typeof pageReportSchema>;

export const measurementSchema = z.object({
  rectangle: z.optional(rectangleSchema),
  attached: z.boolean(),
  viewport: viewportSchema,
});
export type Measurement = z.infer<typeof measurementSchema>;

const token = z.string().check(z.minLength(1), z.maxLength(64));
const url = z.string().check(z.maxLength(8192));

/** Background → the page agent (content script, or the practice page, which embeds it). */
export const pageChannel = defineChannel('temoin/page', {
  describe: {
    request: z.object({
      token,
      trigger: captureTriggerSchema,
      /** When the menu item was chosen, in milliseconds since 1970, to find its right-click. */
      requestedAt: z.number(),
      linkUrl: z.optional(url),
      mediaUrl: z.optional(url),
    }),
    response: pageReportSchema,
  },
  measure: {
    request: z.object({ token }),
    response: measurementSchema,
  },
  confirm: {
    request: z.object({
      tone: z.enum(['success', 'error']),
      title: z.string().check(z.maxLength(200)),
      detail: z.string().check(z.maxLength(500)),
      closeLabel: z.string().check(z.maxLength(40)),
      thumbnailDataUrl: z.optional(
        z.string().check(z.regex(/^data:image\/(png|jpeg);base64,/), z.maxLength(2_000_000)),
      ),
    }),
    response: z.object({ shown: z.boolean() }),
  },
});
