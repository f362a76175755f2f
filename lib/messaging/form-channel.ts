import * as z from '../validation/zod-mini';
import { fillPlanSchema, placedValueSchema } from './fill-plan';
import { defineChannel, type Handlers } from './define-channel';

/**
 * The form filler in an official form's tab → background. The background answers only for a
 * tab that the user opened from Témoin; for any other tab there is no plan and nothing is
 * filled.
 */
export const formChannel = defineChannel('temoin/form', {
  plan: {
    request: z.object({}),
    response: z.union([
      z.object({ plan: fillPlanSchema, alreadyPlaced: z.array(placedValueSchema) }),
      z.object({ plan: z.null() }),
    ]),
  },
  /** The values placed so far, and where, kept so that the next page of the form can say so. */
  placed: {
    request: z.object({ placed: z.array(placedValueSchema).check(z.maxLength(40)) }),
    response: z.object({}),
  },
});

/** What the background answers the form filler: one handler per message. */
export type FormHandlers<Sender> = Handlers<typeof formChannel.protocol, Sender>;
