/**
 * Marks a stage of the agent's work in the page's own performance timeline, in the benchmark
 * build only (a release build leaves the page's timeline alone: a page could read there that
 * Témoin runs). The benchmark reads them beside the worker's stages.
 */
export function markInPage(window: Window, stage: string): void {
  if (__BENCHMARK_BUILD__) window.performance.mark(`temoin:${stage}`);
}
