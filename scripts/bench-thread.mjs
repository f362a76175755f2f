/* global chrome */
// A thread capture of up to 60 screens on a long offline X-style thread: the time to store N
// screens against the budget 1.1 × N × 0.5 s + 1 s, and the service worker's JavaScript heap,
// sampled every 200 ms while it runs, against 200 MB.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, median, round } from './bench-support.mjs';

const root = path.resolve(import.meta.dirname, '..');
const MEGABYTE = 1024 * 1024;

export async function benchThread({ extensionDir, executablePath }) {
  const context = await launchWithExtension(extensionDir, executablePath);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const url = 'https://x.com/compte_1/status/1800000000000000001';
    const body = readFileSync(path.join(root, 'tests/fixtures/threads/x-long.html'));
    await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.bringToFront();
    await page.dispatchEvent('article:nth-of-type(2) [data-testid="tweetText"]', 'contextmenu');
    const heap = await workerHeap(context);
    let peak = 0;
    let running = true;
    const sampling = (async () => {
      while (running) {
        peak = Math.max(peak, await heap.used());
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    const run = await worker.evaluate(async (address) => {
      const tabs = await chrome.tabs.query({});
      const tabId = tabs.find((tab) => tab.url === address).id;
      const start = performance.now();
      const outcome = await globalThis.temoinBenchmark.thread(tabId);
      return { outcome, elapsed: performance.now() - start, endedAt: Date.now() };
    }, url);
    running = false;
    await sampling;
    await heap.close();
    const times = await worker.evaluate(async () => {
      const database = await new Promise((resolve) => {
        const request = indexedDB.open('temoin-evidence');
        request.onsuccess = () => resolve(request.result);
      });
      return new Promise((resolve) => {
        const all = database.transaction('threadScreens').objectStore('threadScreens').getAll();
        all.onsuccess = () =>
          resolve(all.result.map((screen) => Date.parse(screen.seal.capturedAt)).sort());
      });
    });
    const gaps = times.slice(1).map((time, index) => time - times[index]);
    const screens = run.outcome.screens;
    const budgetMs = 1.1 * screens * 500 + 1000;
    return {
      screens,
      posts: run.outcome.posts,
      end: run.outcome.end,
      storedMs: round(run.elapsed),
      budgetMs: round(budgetMs),
      meetsTarget: run.elapsed <= budgetMs,
      screenIntervalMedianMs: round(median(gaps)),
      // What is left after the last screen is shot: its write, the last part, the seal.
      afterLastScreenMs: round(run.endedAt - times.at(-1)),
      workerHeapPeakMB: round(peak / MEGABYTE),
      workerHeapTarget: '< 200 MB (JavaScript heap of the worker, sampled every 250 ms)',
      meetsHeapTarget: peak < 200 * MEGABYTE,
    };
  } finally {
    await context.close();
  }
}

/** The service worker's JavaScript heap in use, read through the DevTools protocol. */
async function workerHeap(context) {
  const cdp = await context.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((info) => info.type === 'service_worker');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let id = 0;
  const answers = new Map();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message);
    answers.get(message.id)?.(message.result);
  });
  return {
    used: () =>
      new Promise((resolve) => {
        id += 1;
        answers.set(id, (result) => resolve(result?.usedSize ?? 0));
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
        });
      }),
    close: () => cdp.detach(),
  };
}
