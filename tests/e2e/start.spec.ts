import { expect, test } from '@playwright/test';
import { execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startXvfb } from './support/xvfb';

// `npm start` as a new user runs it: the real script, a real Chromium on its own virtual display,
// and what that display really shows, read by xdotool as the window's title.

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const practiceTitle = /^Témoin · .+ - Chromium$/;
let display: string;
let xvfb: ChildProcess;
let profile: string;

test.beforeAll(async () => {
  profile = mkdtempSync(path.join(os.tmpdir(), 'temoin-start-test-'));
  ({ display, server: xvfb } = await startXvfb());
});

test.afterAll(() => {
  for (const pid of processesUsing(profile)) process.kill(pid, 'SIGKILL');
  xvfb.kill();
  rmSync(profile, { recursive: true, force: true });
});

test('npm start shows the practice page in a Chromium window that stays open', async () => {
  const run = await start({ DISPLAY: display });

  expect(run.code, run.output).toBe(0);
  expect(run.output).toContain(`where captures stay between runs:\n  ${profile}`);
  expect(run.output).toContain('Chromium shows the practice page chrome-extension://');
  if (process.getuid?.() === 0) expect(run.output).toContain('it gets --no-sandbox');
  // The script has ended; its browser is still there, showing the page itself, not an error.
  await expect.poll(() => windowTitles()).toEqual([expect.stringMatching(practiceTitle)]);
  // The page was opened over a private pipe: no debugging port was left open.
  expect(existsSync(path.join(profile, 'DevToolsActivePort'))).toBe(false);
  expect(commandLines().join(' ')).not.toContain('--remote-debugging-port');
  // What a second npm start talks to is a socket only this user can open.
  expect(statSync(path.join(profile, 'npm-start.sock')).mode & 0o777).toBe(0o600);
});

test('a second npm start shows the practice page again in the same browser', async () => {
  const [window] = windowIds();
  const launched = keeperAndBrowser();
  execFileSync('xdotool', ['key', '--window', window!, 'ctrl+t'], { env: { DISPLAY: display } });
  await expect.poll(() => windowTitles()).toEqual(['New Tab - Chromium']);

  const run = await start({ DISPLAY: display });

  expect(run.code, run.output).toBe(0);
  expect(run.output).toContain('was already open: it loaded the new build and shows the practice');
  await expect.poll(() => windowTitles()).toEqual([expect.stringMatching(practiceTitle)]);
  expect(windowIds()).toEqual([window]);
  expect(keeperAndBrowser()).toEqual(launched);
});

test('closing the browser ends its keeper: nothing is left running', async () => {
  const [window] = windowIds();
  execFileSync('xdotool', ['key', '--window', window!, 'ctrl+shift+w'], {
    env: { DISPLAY: display },
  });

  await expect.poll(() => processesUsing(profile), { timeout: 30_000 }).toEqual([]);
  expect(existsSync(path.join(profile, 'npm-start.sock'))).toBe(false);
});

test('when Chromium stops at once, npm start prints the reason it gave', async () => {
  const run = await start({ DISPLAY: unusedDisplay() });

  expect(run.code, run.output).toBe(1);
  expect(run.output).toMatch(/The practice page could not be shown: Chromium stopped \(exit code/);
  expect(run.output).toContain('Missing X server or $DISPLAY');
  await expect.poll(() => processesUsing(profile)).toEqual([]);
});

test('without a display, npm start says where the build is and how to load it', async () => {
  const run = await start({});

  expect(run.code, run.output).toBe(0);
  expect(run.output).toContain('There is no display here');
  expect(run.output).toContain(path.resolve('.output/chrome-mv3'));
  expect(run.output).toContain('"Load unpacked"');
  expect(run.output).toContain('Run npm start in a desktop session');
  expect(processesUsing(profile)).toEqual([]);
});

test('on a Node.js older than package.json allows, npm start says so before building', async () => {
  const olderNode = `data:text/javascript,Object.defineProperty(process.versions, "node", { value: "20.18.3" })`;
  const run = await start({ DISPLAY: display }, ['--import', olderNode]);

  expect(run.code, run.output).toBe(1);
  expect(run.output).toContain('Témoin needs Node.js ^20.19.0 or ^22.13.0 or >=24');
  expect(run.output).toContain('this is Node.js 20.18.3');
  expect(run.output).not.toContain('WXT');
  expect(processesUsing(profile)).toEqual([]);
});

/** Runs `node scripts/start.mjs` with only `display` set among the display variables. */
function start(display: { DISPLAY?: string }, nodeOptions: string[] = []) {
  const env: NodeJS.ProcessEnv = { ...process.env, TEMOIN_PROFILE: profile, ...display };
  if (!display.DISPLAY) delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    execFile(
      process.execPath,
      [...nodeOptions, 'scripts/start.mjs'],
      { env, timeout: 150_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, output: stdout + stderr }),
    );
  });
}

function windowIds(): string[] {
  try {
    return execFileSync('xdotool', ['search', '--name', '^(Témoin · |New Tab)'], {
      env: { DISPLAY: display },
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
  } catch {
    return []; // xdotool search fails when no window matches
  }
}

function windowTitles(): string[] {
  return windowIds().map((id) =>
    execFileSync('xdotool', ['getwindowname', id], {
      env: { DISPLAY: display },
      encoding: 'utf8',
    }).trim(),
  );
}

/** Every process whose command line names the test's profile: the keeper and Chromium's. */
function processesUsing(folder: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => commandLine(pid).includes(folder))
    .map(Number);
}

function keeperAndBrowser(): number[] {
  return processesUsing(profile).filter((pid) => !commandLine(String(pid)).includes('--type='));
}

function commandLines(): string[] {
  return processesUsing(profile).map((pid) => commandLine(String(pid)));
}

function commandLine(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return ''; // the process ended meanwhile
  }
}

function unusedDisplay(): string {
  let number = 400;
  while (existsSync(`/tmp/.X${number}-lock`) || existsSync(`/tmp/.X11-unix/X${number}`))
    number += 1;
  return `:${number}`;
}
