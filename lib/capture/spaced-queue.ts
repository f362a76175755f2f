export interface SpacedQueueOptions {
  /** Least time between the starts of two tasks, on average over `burst` of them. */
  spacingMs: number;
  /**
   * How many tasks may start within `burst × spacingMs`: with 2, a start waits only for the
   * one two before it, so a task that started late lets the next catch up. 1 unless given.
   */
  burst?: number;
  /** Least time between two starts in a row, whatever the burst allows. 0 unless given. */
  minimumGapMs?: number;
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
 * the same second instead of waiting, so screenshots go through this queue: two in any
 * window of twice the spacing, which is all Chrome asks, so a shot that came late (a busy
 * machine, a slow page) is not followed by a full wait again; never two closer than the
 * minimum gap.
 */
export function createSpacedQueue({
  spacingMs,
  burst = 1,
  minimumGapMs = 0,
  now = () => performance.now(),
  sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
}: SpacedQueueOptions): SpacedQueue {
  // The last `burst` starts, oldest first.
  const starts: number[] = Array.from({ length: burst }, () => Number.NEGATIVE_INFINITY);
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;

  return {
    get pending() {
      return pending;
    },
    run<T>(task: () => Promise<T>): Promise<T> {
      pending += 1;
      const result = tail.then(async () => {
        const wait = Math.max(
          starts[0]! + spacingMs * burst - now(),
          starts.at(-1)! + minimumGapMs - now(),
        );
        if (wait > 0) await sleep(wait);
        starts.shift();
        starts.push(now());
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
