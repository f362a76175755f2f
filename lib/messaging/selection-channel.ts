import * as z from '../validation/zod-mini';
import { defineChannel } from './define-channel';

const label = z.string().check(z.maxLength(300));
const token = z.string().check(z.minLength(1), z.maxLength(64));

/** Background → the selection mode of the thread agent, injected after the menu or popup. */
export const selectionChannel = defineChannel('temoin/selection', {
  /**
   * Puts a checkbox on each post of the page, found like the thread's from the post at the
   * point (or, with `probe`, the first one down from it), and the bar; answers how many.
   */
  open: {
    request: z.object({
      point: z.object({ x: z.number(), y: z.number() }),
      probe: z.boolean(),
      locale: z.enum(['fr', 'en']),
      labels: z.object({
        title: label,
        postLabel: label,
        unknownAuthor: label,
        countOne: label,
        countOther: label,
        sameAuthor: label,
        capture: label,
        cancel: label,
        close: label,
      }),
    }),
    response: z.object({ count: z.number().check(z.int(), z.nonnegative()) }),
  },
  /**
   * Brings the selection's post `index` into view, hides the bar and hands the post to the
   * page agent under a token, for an ordinary capture. Unless the person cancelled.
   */
  pick: {
    request: z.object({ index: z.number().check(z.int(), z.nonnegative()), progress: label }),
    response: z.union([
      z.object({ state: z.literal('ready'), token, total: z.number().check(z.int()) }),
      z.object({ state: z.enum(['cancelled', 'gone', 'done']) }),
    ]),
  },
  /** Says how the selection's capture ended, with a button to close. */
  finish: {
    request: z.object({ title: label, detail: z.string().check(z.maxLength(1000)) }),
    response: z.object({}),
  },
});

export type SelectionLabels = z.infer<typeof selectionChannel.protocol.open.request>['labels'];
