import { serialWrites } from '../concurrency/serial-writes';
import { defineCheckedItem } from '../storage/checked-item';
import { z } from '../validation/zod';

const pendingCaptures = defineCheckedItem('session:pendingCaptures', {
  schema: z.array(z.string()),
  fallback: [],
});

/**
 * The captures asked for and not finished, kept in session storage: if Chrome stops the
 * service worker in the middle of a burst, the next start can tell the user how many were
 * lost instead of losing them silently. A moment that was not shot cannot be shot later.
 */
export function createPendingCaptures() {
  // One write at a time, so that concurrent captures never overwrite each other's entries.
  const write = serialWrites();
  const update = (change: (ids: string[]) => string[]) =>
    write(async () => pendingCaptures.write(change(await pendingCaptures.read())));
  return {
    add: (id: string) => update((ids) => [...ids, id]),
    remove: (id: string) => update((ids) => ids.filter((candidate) => candidate !== id)),
    /** The captures a previous run of the worker left unfinished, forgotten once read. */
    async takeLeftovers(): Promise<number> {
      let count = 0;
      await update((ids) => {
        count = ids.length;
        return [];
      });
      return count;
    },
  };
}
