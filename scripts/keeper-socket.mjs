// The socket on which the keeper of a running Témoin browser takes a request from a later
// `npm start`. Only this user can open it, and it understands one request: load the new build
// and show the practice page. Unlike a debugging port, it gives no control of the browser.
import { createHash } from 'node:crypto';
import { chmodSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export function keeperSocketPath(profile) {
  const inProfile = path.join(profile, 'npm-start.sock');
  // The system limits a socket's path to about a hundred bytes.
  if (Buffer.byteLength(inProfile) < 100) return inProfile;
  const hash = createHash('sha256').update(profile).digest('hex').slice(0, 16);
  return path.join(os.tmpdir(), `temoin-start-${hash}.sock`);
}

/** The running keeper's answer (`{ shown }` or `{ failed }`), or null when none is running. */
export function askKeeper(socketPath, timeoutMs = 60_000) {
  return new Promise((resolve) => {
    let answer = '';
    const socket = net.connect(socketPath, () => socket.write('show\n'));
    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      resolve({ failed: 'the running browser did not answer in time' });
    });
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('end', () => resolve(parseAnswer(answer)));
    // No socket, or one left by a keeper that was killed: no browser is running for it.
    socket.on('error', () => resolve(null));
  });
}

/** Serves `handle` (one request at a time) until the returned server is closed. */
export function serveKeeper(socketPath, handle) {
  rmSync(socketPath, { force: true });
  let queue = Promise.resolve();
  const server = net.createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', () => {
      queue = queue.then(handle).then((answer) => socket.end(`${JSON.stringify(answer)}\n`));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      chmodSync(socketPath, 0o600);
      resolve(server);
    });
  });
}

function parseAnswer(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { failed: 'the running browser closed before answering' };
  }
}
