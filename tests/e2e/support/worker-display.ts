/**
 * Gives this Playwright worker the virtual display that the global set-up started for it
 * (one per parallel slot), before any browser or xdotool call reads `DISPLAY`. Playwright loads
 * the configuration in every worker process, which imports this file.
 */
export function useWorkerDisplay(): void {
  const displays = process.env.TEMOIN_DISPLAYS?.split(',');
  const slot = Number(process.env.TEST_PARALLEL_INDEX);
  const display = displays?.[slot];
  if (display) process.env.DISPLAY = display;
}
