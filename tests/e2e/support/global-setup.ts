import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The native context menu needs a headed browser. When there is no display, start a virtual
 * one (Xvfb) for the whole run; it is stopped when the run ends.
 */
export default async function globalSetup(): Promise<() => void> {
  if (process.env.DISPLAY) return () => {};
  if (spawnSync('which', ['Xvfb']).status !== 0) {
    throw new Error('No display and no Xvfb: install it (apt-get install -y xvfb xdotool).');
  }
  const display = freeDisplay();
  const server = spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  await waitFor(() => existsSync(`/tmp/.X11-unix/X${display.slice(1)}`), 5000);
  process.env.DISPLAY = display;
  return () => server.kill();
}

function freeDisplay(): string {
  for (let number = 90; number < 140; number += 1) {
    if (!existsSync(`/tmp/.X${number}-lock`)) return `:${number}`;
  }
  throw new Error('No free X display number');
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Xvfb did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
