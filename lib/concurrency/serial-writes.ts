/** Runs the writes given to it one at a time, each after the one asked for before it. */
export type SerialWrites = <T>(write: () => Promise<T>) => Promise<T>;

/**
 * A queue for read-change-write cycles on one store: two writes asked for at once never read
 * the same state, so neither loses the other's change. A write that fails rejects its own
 * promise only; the next write runs all the same. A write queued from inside another runs
 * after it, so it must not be awaited there (that would wait for itself).
 */
export function serialWrites(): SerialWrites {
  let last: Promise<unknown> = Promise.resolve();
  return (write) => {
    const run = last.then(write);
    last = run.catch(() => undefined);
    return run;
  };
}

/** The queues of a context without Web Locks, by lock name. */
const localQueues = new Map<string, SerialWrites>();

/**
 * Writes that run one at a time in every context of the extension at once (the background and
 * the pages share an origin, so a Web Lock of one name is one lock for all of them): a page
 * that writes the store itself, as the import does, never interleaves with the background.
 * Locks are granted in the order asked. Without Web Locks (Node, in the unit tests) there is
 * only one context, and an in-memory queue per name does the same.
 */
export function lockedWrites(name: string): SerialWrites {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) return (write) => locks.request(name, write) as ReturnType<typeof write>;
  let queue = localQueues.get(name);
  if (!queue) {
    queue = serialWrites();
    localQueues.set(name, queue);
  }
  return queue;
}
