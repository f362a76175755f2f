import * as z from '../validation/zod-mini';
import { postDetailsSchema } from '../sites/post-details';
import { defineChannel } from './define-channel';
import { rectangleSchema, viewportSchema } from './page-schemas';

const label = z.string().check(z.maxLength(300));

const seenPostSchema = z.object({
  key: z.string().check(z.maxLength(25_000)),
  details: postDetailsSchema,
  rectangle: rectangleSchema,
  whole: z.boolean(),
});

/** Where the scroller is and what it shows, after the page settled. */
const screenSchema = z.object({
  scrollTop: z.number(),
  scrollHeight: z.number(),
  viewport: viewportSchema,
  /** The scroller's visible area in the viewport, in CSS pixels. */
  scrollerArea: rectangleSchema,
  posts: z.array(seenPostSchema).check(z.maxLength(2000)),
});

/** Background → the thread agent, injected in the page after the menu click. */
export const threadChannel = defineChannel('temoin/thread', {
  /** Finds the thread of the post at a point of the viewport and shows the overlay. */
  start: {
    request: z.object({
      point: z.object({ x: z.number(), y: z.number() }),
      /** No post was clicked (the popup): the first post found down from the point. */
      probe: z.boolean(),
      limit: z.number().check(z.int(), z.positive()),
      labels: z.object({
        title: label,
        pause: label,
        resume: label,
        cancel: label,
        paused: label,
        userScrolled: label,
        close: label,
      }),
    }),
    response: z.union([
      z.object({ found: z.literal(false) }),
      z.object({
        found: z.literal(true),
        platform: z.string(),
        scroller: z.enum(['page', 'element']),
        /** The post the thread starts from: its author, for a capture of that author's posts. */
        post: postDetailsSchema,
        /** How many messages the page says the thread holds, when it says so. */
        announced: z.optional(z.number().check(z.int(), z.nonnegative())),
      }),
    ]),
  },
  /**
   * « Révéler tout avant de capturer »: clicks the platform's own expanders in the thread
   * (hidden replies, « Tous les commentaires »), and says what it clicked, in order.
   */
  reveal: {
    request: z.object({ platform: z.string().check(z.maxLength(40)), progress: label }),
    response: z.object({
      clicks: z
        .array(
          z.object({
            label,
            expander: z.string().check(z.maxLength(80)),
            platform: z.string().check(z.maxLength(40)),
            at: z.string().check(z.maxLength(40)),
          }),
        )
        .check(z.maxLength(200)),
    }),
  },
  /**
   * Goes to the next screen (the thread's top for the first) and hides the overlay for the
   * shot. Unless the person paused, cancelled or scrolled, or the thread ended there.
   */
  advance: {
    request: z.object({
      index: z.number().check(z.int(), z.nonnegative()),
      /** What the overlay says while the page scrolls: screen k of at most N, posts found. */
      progress: label,
    }),
    response: z.union([
      z.object({ state: z.literal('ready'), screen: screenSchema, moved: z.number() }),
      z.object({ state: z.enum(['paused', 'user-scrolled', 'cancelled', 'ended']) }),
    ]),
  },
  /**
   * After the browser stopped the worker mid-thread, the restarted one takes the thread up
   * again if the page still runs it: back to the last stored screen (`scrollTop`; none
   * stored, null), so the next `advance` follows it. `resumed` is false when the page no
   * longer runs the thread (reloaded, or its overlay closed).
   */
  resume: {
    request: z.object({ scrollTop: z.nullable(z.number()), progress: label }),
    response: z.object({ resumed: z.boolean() }),
  },
  /** Puts the page back as it was and says how the thread ended. */
  finish: {
    request: z.object({ title: label, detail: label }),
    response: z.object({}),
  },
});
