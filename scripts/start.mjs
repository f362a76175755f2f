// `npm start`: builds the extension and shows Chromium with it loaded, on the practice page.
// Chromium refuses extension pages given on its command line, so a small keeper process opens the
// page through a private DevTools pipe and stays with the browser; a second `npm start` asks that
// keeper to load the new build and show the page again. Without a display (a server, CI), it says
// where the build is and how to load it. TEMOIN_PROFILE chooses Chromium's profile folder.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import {
  chromiumArguments,
  findChromium,
  runningAsRoot,
  unpackedExtensionId,
} from './chromium.mjs';
import { askKeeper, keeperSocketPath } from './keeper-socket.mjs';
import { exitIfNodeTooOld } from './node-version.mjs';

exitIfNodeTooOld();

const root = path.resolve(import.meta.dirname, '..');
const extensionDir = path.join(root, '.output', 'chrome-mv3');
const profile = path.resolve(
  process.env.TEMOIN_PROFILE ?? path.join(root, '.output', 'chromium-profile'),
);
const practicePage = `chrome-extension://${unpackedExtensionId(extensionDir)}/practice.html`;

try {
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
} catch {
  console.error('\nThe build failed (its errors are above): nothing was opened.');
  process.exit(1);
}

const browser = findChromium();
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!browser || !hasDisplay) {
  const why = hasDisplay
    ? 'No Chromium was found: install it (on Debian: apt-get install chromium) or set CHROMIUM_PATH.'
    : `There is no display here (DISPLAY and WAYLAND_DISPLAY are unset), so no browser was opened.
Run npm start in a desktop session (or over ssh -X) to get Chromium on the practice page.`;
  console.log(`
Témoin is built in ${extensionDir}
${why}
To load it by hand in Chromium or Chrome: open chrome://extensions, turn on "Developer mode",
click "Load unpacked" and pick that folder; the toolbar button offers the practice page.`);
  process.exit(0);
}

const socketPath = keeperSocketPath(profile);
const running = await askKeeper(socketPath);
if (running) {
  finish(running, 'Témoin’s Chromium was already open: it loaded the new build and shows');
}

if (runningAsRoot) {
  console.log('Running as root: Chromium’s sandbox cannot work for root, so it gets --no-sandbox.');
}
mkdirSync(profile, { recursive: true, mode: 0o700 });
const logPath = path.join(profile, 'npm-start.log');
const log = openSync(logPath, 'w');
const args = chromiumArguments(profile, extensionDir);
const settings = { browser, args, extensionDir, practicePage, socketPath, logPath };
console.log(`Opening ${browser} with Témoin. Its profile, where captures stay between runs:
  ${profile}`);
const keeper = spawn(
  process.execPath,
  [path.join(import.meta.dirname, 'browser-keeper.mjs'), JSON.stringify(settings)],
  { detached: true, stdio: ['ignore', log, log, 'ipc'] },
);
const outcome = await new Promise((resolve) => {
  keeper.once('message', resolve);
  keeper.once('exit', (code) =>
    resolve({ failed: `its launcher stopped (exit code ${code}), see ${logPath}` }),
  );
});
finish(outcome, 'Chromium shows');

function finish(outcome, success) {
  if (outcome.shown) {
    console.log(`${success} the practice page ${outcome.shown}`);
    process.exit(0);
  }
  console.error(`The practice page could not be shown: ${outcome.failed}`);
  if (outcome.failed.includes('existing browser session')) {
    console.error(
      `Another Chromium, not started by npm start, is using ${profile}: close it and run npm start again.`,
    );
  }
  process.exit(1);
}
