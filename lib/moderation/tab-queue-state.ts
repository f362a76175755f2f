import { defineCheckedItem } from '../storage/checked-item';
import { z } from '../validation/zod';

const tabQueueStatusSchema = z.enum([
  'running',
  'paused',
  /** The person picked a tab of the queue's window: the queue never takes it from them. */
  'paused-by-tab',
  'cancelled',
  'done',
]);

const queuedTabSchema = z.object({
  tabId: z.number().int(),
  title: z.string().max(500),
  url: z.string().max(8192),
  state: z.enum(['waiting', 'stored', 'skipped', 'failed']),
  /** Why it was skipped or failed: the failure's reason (a forbidden page, a closed tab). */
  reason: z.string().max(40).optional(),
});
export type QueuedTab = z.infer<typeof queuedTabSchema>;

/**
 * « Capturer tous les onglets de cette fenêtre »: the queue as it stands, in session storage,
 * so it outlives the popup and a stopped worker (not the browser: it is today's work).
 */
export const tabQueueSchema = z
  .object({
    windowId: z.number().int(),
    status: tabQueueStatusSchema,
    caseName: z.string().max(300),
    /** The tab that was shown when the queue started: shown again at its end. */
    shownTabId: z.number().int().optional(),
    /** Every site's access was asked for this queue: given back when it ends. */
    giveBack: z.boolean().optional(),
    tabs: z.array(queuedTabSchema).max(1000),
  })
  .nullable();
export type TabQueue = NonNullable<z.infer<typeof tabQueueSchema>>;

const tabQueue = defineCheckedItem('session:tabQueue', { schema: tabQueueSchema, fallback: null });

export const readTabQueue = tabQueue.read;
export const writeTabQueue = tabQueue.write;
export const watchTabQueue = tabQueue.watch;

/** Whether the queue has nothing left to do, however it ended. */
export function isFinished(queue: TabQueue | null): boolean {
  return !queue || queue.status === 'cancelled' || queue.status === 'done';
}
