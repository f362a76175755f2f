// The smallest client of Chromium's DevTools protocol over --remote-debugging-pipe: each message
// is a JSON text ended by a NUL byte, written to the browser's fd 3 and read from its fd 4. A pipe
// is private to the two processes, unlike a debugging port that any local program could reach.

/** Returns `send(method, params, sessionId)`, which resolves with the command's result. */
export function connectDevTools(toBrowser, fromBrowser) {
  const waiting = new Map();
  let nextId = 1;
  let received = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk) => {
    received += chunk;
    for (let end = received.indexOf('\0'); end >= 0; end = received.indexOf('\0')) {
      answer(JSON.parse(received.slice(0, end)));
      received = received.slice(end + 1);
    }
  });
  fromBrowser.on('close', () => {
    for (const command of waiting.values()) command.reject(new Error('Chromium closed'));
    waiting.clear();
  });
  // Events (messages without an id) are not needed: the callers ask for what they wait for.
  function answer(message) {
    const command = waiting.get(message.id);
    if (!command) return;
    waiting.delete(message.id);
    if (message.error) command.reject(new Error(`${command.method}: ${message.error.message}`));
    else command.resolve(message.result);
  }
  return function send(method, params = {}, sessionId = undefined) {
    return new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { method, resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  };
}
