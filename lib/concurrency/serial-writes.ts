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

/** One queue per store, made on first use; a store that is gone takes its queue with it. */
export function serialWritesPer<Store extends object>(): (store: Store) => SerialWrites {
  const queues = new WeakMap<Store, SerialWrites>();
  return (store) => {
    let queue = queues.get(store);
    if (!queue) {
      queue = serialWrites();
      queues.set(store, queue);
    }
    return queue;
  };
}
