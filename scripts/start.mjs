// Builds the extension and opens Chromium with it loaded, on the built-in practice page.
// Without a display (a server, CI), it says where the build is and how to load it by hand.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { exitIfNodeTooOld } from './node-version.mjs';

exitIfNodeTooOld();

const root = path.resolve(import.meta.dirname, '..');
const extensionDir = path.join(root, '.output', 'chrome-mv3');

execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });

const browser = findChromium();
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!browser || !hasDisplay) {
  console.log(`
Témoin is built in ${extensionDir}
${!hasDisplay ? 'There is no display here, so no browser was opened.' : 'No Chromium was found (set CHROMIUM_PATH).'}
To load it: open chrome://extensions, turn on "Developer mode", click "Load unpacked" and pick
that folder. Then open the practice page from the Témoin toolbar button.`);
  process.exit(0);
}

const profile = path.join(root, '.output', 'chromium-profile');
mkdirSync(profile, { recursive: true });
const practicePage = `chrome-extension://${unpackedExtensionId(extensionDir)}/practice.html`;
console.log(`Opening ${browser} with Témoin on ${practicePage}`);
spawn(
  browser,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    practicePage,
  ],
  { stdio: 'ignore', detached: true },
).unref();

function findChromium() {
  // Branded Google Chrome (137 and later) ignores --load-extension: Chromium is needed.
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

/** Chromium names an unpacked extension after the SHA-256 of its folder's path, in a–p. */
function unpackedExtensionId(directory) {
  const hex = createHash('sha256').update(directory).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}
