// Launched detached by `npm start`, it lives exactly as long as the Chromium it starts. Chromium
// quits when its DevTools pipe closes, so this process holds the pipe: it opens the practice page
// through it, tells `npm start` how that went, then serves later `npm start` runs (new build,
// practice page again) until the user closes the browser. Its output and Chromium's go to the
// log file `npm start` gave as stdout and stderr.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { stopReason } from './chromium.mjs';
import { connectDevTools } from './devtools-pipe.mjs';
import { serveKeeper } from './keeper-socket.mjs';
import { firstTab, showPage } from './show-page.mjs';

const { browser, args, extensionDir, practicePage, socketPath, logPath } = JSON.parse(
  process.argv[2],
);
const chromium = spawn(browser, args, { stdio: ['ignore', 'inherit', 'inherit', 'pipe', 'pipe'] });
const [, , , toBrowser, fromBrowser] = chromium.stdio;
// Writing to a browser that just quit fails; its exit is handled below.
toBrowser.on('error', () => {});
fromBrowser.on('error', () => {});
const send = connectDevTools(toBrowser, fromBrowser);
let server;

chromium.on('exit', (code, signal) => {
  const said = stopReason(readFileSync(logPath, 'utf8'));
  report({
    failed: `Chromium stopped (${signal ?? `exit code ${code}`})${said ? `. It said:\n${said}` : ''}`,
  });
  // With the pipe, the socket and the channel to `npm start` closed, this process ends.
  server?.close();
});

try {
  await showPage(send, practicePage, await firstTab(send));
  server = await serveKeeper(socketPath, showNewBuild);
  report({ shown: practicePage });
} catch (error) {
  // When Chromium quit by itself, what it printed says why better than the closed pipe does.
  await Promise.race([once(chromium, 'exit'), sleep(1000)]);
  report({ failed: error.message });
  chromium.kill();
}

async function showNewBuild() {
  try {
    // Loading the same folder again replaces the extension in place; its data stays.
    await send('Extensions.loadUnpacked', { path: extensionDir });
    await showPage(send, practicePage);
    return { shown: practicePage };
  } catch (error) {
    return { failed: error.message };
  }
}

function report(outcome) {
  if (process.connected) process.send(outcome, () => process.disconnect());
}
