// Where Chromium is, how `npm start` launches it with Témoin, and why it stopped when it did.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';

export function findChromium() {
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

export const runningAsRoot = process.getuid?.() === 0;

export function chromiumArguments(profile, extensionDir) {
  return [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // The DevTools protocol over a pipe that only the launcher holds: it opens the practice
    // page, and reloads the extension after a new build (Extensions.loadUnpacked needs the
    // second switch).
    '--remote-debugging-pipe',
    '--enable-unsafe-extension-debugging',
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium's sandbox refuses to run as root and Chromium then quits.
    ...(runningAsRoot ? ['--no-sandbox'] : []),
    'about:blank',
  ];
}

/** Chromium names an unpacked extension after the SHA-256 of its folder's path, in a–p. */
export function unpackedExtensionId(directory) {
  const hex = createHash('sha256').update(directory).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

// Chromium logs many harmless complaints (no D-Bus on a server, a helper's broken pipe as it
// quits); the reason it stopped is among the other lines.
const noise = /dbus|Broken pipe|Fontconfig/i;

/** The lines of Chromium's output that say why it stopped, without their log prefix. */
export function stopReason(output) {
  const lines = output
    .split('\n')
    .filter((line) => line.trim() && !noise.test(line))
    .map((line) => line.replace(/^\[[^\]]*\]\s*/, '').trim());
  return [...new Set(lines)]
    .slice(0, 3)
    .map((line) => `  ${line}`)
    .join('\n');
}
