import * as z from '../validation/zod-mini';
import { postDetailsSchema } from '../sites/post-details';
import { defineChannel } from './define-channel';
import {
  captureTriggerSchema,
  rectangleSchema,
  targetElementSchema,
  viewportSchema,
} from './page-schemas';

/** What a document says about itself: address, title, language, viewport. */
export const pageFactsSchema = z.object({
  url: z.string(),
  canonicalUrl: z.optional(z.string()),
  title: z.string(),
  language: z.optional(z.string()),
  viewport: viewportSchema,
});
export type PageFacts = z.infer<typeof pageFactsSchema>;

export const pageReportSchema = z.extend(pageFactsSchema, {
  selectionText: z.optional(z.string()),
  target: z.optional(targetElementSchema),
  post: z.optional(postDetailsSchema),
  /** Whether the right-click recorder ran in this frame since it loaded: an enabled site. */
  recorder: z.boolean(),
  /** The right-clicked element is where it was at the click (see lib/capture/early-shot.ts). */
  clickUnmoved: z.optional(z.literal(true)),
  /**
   * On a site that is not enabled, the platform its markup shows and the post under the
   * pointer, read only to show what enabling the site would record.
   */
  recognized: z.optional(z.object({ platform: z.string(), post: z.optional(postDetailsSchema) })),
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
const label = z.string().check(z.maxLength(80));

/** Background → the page agent of a frame (injected, or the practice page, which embeds it). */
export const pageChannel = defineChannel('temoin/page', {
  /** To the clicked frame: the page, and the post under the click, pinned under the token. */
  describe: {
    request: z.object({
      token,
      trigger: captureTriggerSchema,
      /** When the menu item was chosen, in milliseconds since 1970, to find its right-click. */
      requestedAt: z.number(),
      linkUrl: z.optional(url),
      mediaUrl: z.optional(url),
      /** A post the moderator's selection handed to the agent, described as if right-clicked. */
      picked: z.optional(token),
      /** The frame is not the top one: it tells the top frame's agent which frame it is. */
      announceFrame: z.optional(z.boolean()),
    }),
    response: pageReportSchema,
  },
  /** To the clicked frame, at the shot: the pinned post's box in that frame's viewport. */
  measure: {
    /** `keep`: the post stays pinned, to be measured again at a later shot. */
    request: z.object({ token, keep: z.optional(z.literal(true)) }),
    response: measurementSchema,
  },
  /** To the top frame, before a frame describes: the top page, and a frame to wait for. */
  watchFrame: {
    request: z.object({ token }),
    response: pageFactsSchema,
  },
  /** To the top frame, at the shot: where the announced frame's content is in its viewport. */
  measureFrame: {
    request: z.object({ token }),
    response: z.object({ area: z.optional(rectangleSchema), viewport: viewportSchema }),
  },
  /** To the top frame: the confirmation toast. */
  confirm: {
    request: z.object({
      tone: z.enum(['success', 'error']),
      title: z.string().check(z.maxLength(200)),
      detail: z.string().check(z.maxLength(500)),
      closeLabel: z.string().check(z.maxLength(40)),
      thumbnailDataUrl: z.optional(
        z.string().check(z.regex(/^data:image\/(png|jpeg);base64,/), z.maxLength(2_000_000)),
      ),
      /** « Voir »: opens the stored capture in the library. */
      view: z.optional(z.object({ captureId: z.uuid(), label })),
      /** On a site recognised by its markup: what enabling it would record, and the button. */
      offer: z.optional(
        z.object({
          text: z.string().check(z.maxLength(500)),
          preview: z.optional(z.string().check(z.maxLength(500))),
          enableLabel: label,
        }),
      ),
    }),
    response: z.object({ shown: z.boolean() }),
  },
});
