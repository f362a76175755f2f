export interface SpacedQueueOptions {
  /** Least time between the starts of two tasks. */
  spacingMs: number;
  now?: () => number;
  sleep?: (milliseconds: number) => Promise<void>;
}

export interface SpacedQueue {
  /** Runs the task after every task scheduled before it, and no sooner than the spacing allows. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks scheduled and not finished yet. */
  readonly pending: number;
}

/**
 * Runs tasks one at a time, their starts spaced out. Chrome rejects a third screenshot in
 * the same second instead of waiting, so screenshots go through this queue.
 */
export function createSpacedQueue({
  spacingMs,
  now = () => performance.now(),
  sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
}: SpacedQueueOptions): SpacedQueue {
  let lastStart = Number.NEGATIVE_INFINITY;
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;

  return {
    get pending() {
      return pending;
    },
    run<T>(task: () => Promise<T>): Promise<T> {
      pending += 1;
      const result = tail.then(async () => {
        const wait = lastStart + spacingMs - now();
        if (wait > 0) await sleep(wait);
        lastStart = now();
        return task();
      });
      const settle = () => {
        pending -= 1;
      };
      tail = result.then(settle, settle);
      return result;
    },
  };
}
