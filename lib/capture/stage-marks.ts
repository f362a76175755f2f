/** One stage of a capture and when it ended, in milliseconds since the epoch (sub-millisecond). */
export interface StageMark {
  stage: string;
  at: number;
}

let timeline: StageMark[] | undefined;

/**
 * Notes when a stage of the capture being benchmarked ended. Only the benchmark build keeps
 * them (the call is removed from the others): the benchmark writes them beside its figures, so
 * where a capture's time goes can be measured again. Times are absolute, so marks taken in the
 * page (`performance.mark` in its own timeline) can be set beside the worker's.
 */
export function markStage(stage: string): void {
  if (__BENCHMARK_BUILD__ && timeline) timeline.push({ stage, at: absoluteNow() });
}

/** Starts keeping the stages of the next capture; the returned function hands them over. */
export function recordStages(): () => StageMark[] {
  const marks: StageMark[] = [];
  timeline = marks;
  return () => {
    if (timeline === marks) timeline = undefined;
    return marks;
  };
}

export function absoluteNow(): number {
  return performance.timeOrigin + performance.now();
}
