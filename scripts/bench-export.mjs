// An export of 1,000 captures of realistic size from the library page: its speed in MB/s, and
// the page's JavaScript heap, sampled every 50 ms through the DevTools protocol from a
// collected start (a forced garbage collection) to the file's arrival, then collected again.
import { mkdtempSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { everyCaptureListed } from './bench-library.mjs';
import { launchWithExtension, round } from './bench-support.mjs';

const EXPORT_CAPTURES = Number(process.env.BENCH_EXPORT_CAPTURES ?? 1_000);
// A 1280x800 screenshot of a social page weighs a few hundred kilobytes as PNG.
const EXPORT_IMAGE_BYTES = 250_000;
const HEAP_TARGET_MEGABYTES = 100;
const SPEED_TARGET = 30;

export async function benchExport({ extensionDir, executablePath }) {
  // BENCH_EXPORT_CAPTURES=0 exports nothing.
  if (!EXPORT_CAPTURES) return undefined;
  const exporting = await launchWithExtension(extensionDir, executablePath);
  try {
    const worker = exporting.serviceWorkers()[0] ?? (await exporting.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    await worker.evaluate(({ count, bytes }) => globalThis.temoinBenchmark.populate(count, bytes), {
      count: EXPORT_CAPTURES,
      bytes: EXPORT_IMAGE_BYTES,
    });
    const page = await exporting.newPage();
    await page.goto(`chrome-extension://${extensionId}/library.html`);
    await page.waitForFunction(everyCaptureListed, EXPORT_CAPTURES);
    await page.getByLabel(/Tout sélectionner|Select all/).check();
    const heap = await heapMeter(exporting, page);
    const before = await heap.collected();
    const loadBefore = loadavg()[0];
    heap.startSampling();
    const start = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 600_000 }),
      page.getByRole('button', { name: /Exporter \(ZIP|Export \(verifiable/ }).click(),
    ]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'temoin-bench-')), 'export.zip');
    await download.saveAs(file);
    const seconds = (Date.now() - start) / 1000;
    const peak = await heap.stopSampling();
    const after = await heap.collected();
    const megabytes = statSync(file).size / 1_000_000;
    return {
      captures: EXPORT_CAPTURES,
      zipMegabytes: round(megabytes),
      seconds: round(seconds),
      megabytesPerSecond: round(megabytes / seconds),
      target: SPEED_TARGET,
      meetsTarget: megabytes / seconds >= SPEED_TARGET,
      pageHeap: {
        collectedBeforeMegabytes: round(before / 1_000_000),
        // The most the heap held at any sample, garbage not yet collected included.
        peakMegabytes: round(peak / 1_000_000),
        collectedAfterMegabytes: round(after / 1_000_000),
        target: HEAP_TARGET_MEGABYTES,
        meetsTarget: peak / 1_000_000 < HEAP_TARGET_MEGABYTES,
      },
      loadAverage: { before: round(loadBefore), after: round(loadavg()[0]) },
    };
  } finally {
    await exporting.close();
  }
}

/** The page's heap through the DevTools protocol: collected on demand, or sampled for its peak. */
async function heapMeter(context, page) {
  const session = await context.newCDPSession(page);
  await session.send('HeapProfiler.enable');
  const used = async () => (await session.send('Runtime.getHeapUsage')).usedSize;
  let peak = 0;
  let sampling;
  return {
    async collected() {
      await session.send('HeapProfiler.collectGarbage');
      return used();
    },
    startSampling() {
      let running = true;
      const loop = (async () => {
        while (running) {
          peak = Math.max(peak, await used());
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      sampling = async () => {
        running = false;
        await loop;
        return peak;
      };
    },
    stopSampling: () => sampling(),
  };
}
