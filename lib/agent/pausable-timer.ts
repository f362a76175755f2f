/** The least time left after a pause, so a toast does not vanish the instant it is let go. */
const MIN_AFTER_PAUSE_MS = 2000;

/**
 * Calls `done` after `ms`, unless paused: while a person points at or focuses a toast, it
 * stays; let go, it finishes its time (at least two seconds more).
 */
export function createPausableTimer(
  window: Pick<Window, 'setTimeout' | 'clearTimeout'>,
  ms: number,
  done: () => void,
  now: () => number = () => Date.now(),
) {
  let left = ms;
  let startedAt = now();
  let handle: number | undefined = window.setTimeout(done, left);
  const reasons = new Set<string>();
  return {
    /** Holds the timer for a reason (`hover`, `focus`); it runs again once no reason is left. */
    pause(reason: string): void {
      reasons.add(reason);
      if (handle === undefined) return;
      window.clearTimeout(handle);
      handle = undefined;
      left = Math.max(MIN_AFTER_PAUSE_MS, left - (now() - startedAt));
    },
    resume(reason: string): void {
      reasons.delete(reason);
      if (reasons.size > 0 || handle !== undefined) return;
      startedAt = now();
      handle = window.setTimeout(done, left);
    },
    cancel(): void {
      if (handle !== undefined) window.clearTimeout(handle);
      handle = undefined;
      reasons.add('cancelled');
    },
  };
}
