import type { FullConfig } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { startXvfb } from './xvfb';

/**
 * The native context menu needs a headed browser, and the tests drive the real mouse and
 * keyboard. When there is no display, start one virtual display (Xvfb) per Playwright worker,
 * so that workers never share a pointer or a keyboard focus; each worker takes its own in
 * `worker-display.ts`. They are stopped when the run ends.
 */
export default async function globalSetup(config: FullConfig): Promise<() => void> {
  if (process.env.DISPLAY) return () => {};
  if (spawnSync('which', ['Xvfb']).status !== 0) {
    throw new Error('No display and no Xvfb: install it (apt-get install -y xvfb xdotool).');
  }
  const displays = await Promise.all(Array.from({ length: config.workers }, () => startXvfb()));
  process.env.TEMOIN_DISPLAYS = displays.map(({ display }) => display).join(',');
  process.env.DISPLAY = displays[0]!.display;
  return () => displays.forEach(({ server }) => server.kill());
}
