import browser from 'webextension-polyfill';
import { serialWrites } from '../concurrency/serial-writes';

const KEY = 'pendingCaptures';

/**
 * The captures asked for and not finished, kept in session storage: if Chrome stops the
 * service worker in the middle of a burst, the next start can tell the user how many were
 * lost instead of losing them silently. A moment that was not shot cannot be shot later.
 */
export function createPendingCaptures(storage = browser.storage.session) {
  // One write at a time, so that concurrent captures never overwrite each other's entries.
  const write = serialWrites();
  const update = (change: (ids: string[]) => string[]) =>
    write(async () => {
      const ids = ((await storage.get(KEY))[KEY] as string[] | undefined) ?? [];
      await storage.set({ [KEY]: change(ids) });
    });
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
