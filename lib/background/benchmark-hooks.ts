import browser from 'webextension-polyfill';
import { captureTab, type CaptureContext } from '../capture/capture-tab';
import { markStage, recordStages } from '../capture/stage-marks';
import { saveCapture } from '../evidence/save-capture';
import { crc32 } from '../export/crc32';
import { populateLibrary, syntheticMetadata } from './benchmark-library';

/**
 * What the benchmark drives, in the benchmark build only: a capture and a thread capture
 * without a user gesture, a bare screenshot, and a store filled with synthetic captures,
 * timing each save.
 */
export function benchmarkHooks(
  context: CaptureContext,
  captureThread: (request: { tabId: number; requestedAt: Date }) => Promise<unknown>,
) {
  return {
    // What « Capturer tout le fil » runs, up to the sealed thread.
    thread: (tabId: number) => captureThread({ tabId, requestedAt: new Date() }),
    /**
     * What a menu click runs, up to the stored record (the confirmation comes after), with the
     * time each stage ended (absolute, in ms since the epoch).
     */
    async capture(tabId: number) {
      const stages = recordStages();
      markStage('menu-click');
      await captureTab(
        { trigger: 'context-menu', tabId, requestedAt: new Date(), menuContext: 'page' },
        context,
      );
      return stages();
    },
    screenshot: (windowId: number) => browser.tabs.captureVisibleTab(windowId, { format: 'png' }),
    /** Saves `count` captures with `bytes`-long images; returns each save's duration in ms. */
    async populate(count: number, bytes: number): Promise<number[]> {
      const image = await syntheticScreenshot(bytes);
      const durations: number[] = [];
      for (let index = 0; index < count; index += 1) {
        const start = performance.now();
        await saveCapture({
          database: context.database,
          metadata: syntheticMetadata(index),
          files: [{ role: 'page-screenshot', blob: image, width: 1280, height: 800 }],
        });
        durations.push(performance.now() - start);
      }
      return durations;
    },
    /** `total` captures and thread posts, mostly in bulk; the first and last saves timed. */
    populateLibrary: async (total: number, bytes: number) =>
      populateLibrary(context.database, { total, image: await syntheticScreenshot(bytes) }),
  };
}

/**
 * A real 1280×800 RGB PNG of about `bytes`, like Chrome's screenshots: each row starts with
 * pseudo-random pixels (which do not compress) and ends blank, so exports and the PDF handle
 * a file of realistic size and format.
 */
async function syntheticScreenshot(bytes: number): Promise<Blob> {
  const width = 1280;
  const height = 800;
  const row = 1 + width * 3;
  const noisy = Math.min(row - 1, Math.round(bytes / height));
  const raw = new Uint8Array(row * height);
  let seed = 7;
  for (let y = 0; y < height; y += 1)
    for (let x = 1; x <= noisy; x += 1) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      raw[y * row + x] = seed >>> 24;
    }
  const compressed = new Uint8Array(
    await new Response(
      new Blob([raw]).stream().pipeThrough(new CompressionStream('deflate')),
    ).arrayBuffer(),
  );
  const chunk = (type: string, data: Uint8Array) => {
    const body = new Uint8Array(4 + data.length);
    body.set([...type].map((character) => character.charCodeAt(0)));
    body.set(data, 4);
    const framed = new Uint8Array(12 + data.length);
    const view = new DataView(framed.buffer);
    view.setUint32(0, data.length);
    framed.set(body, 4);
    view.setUint32(8 + data.length, crc32(body));
    return framed;
  };
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, width);
  new DataView(header.buffer).setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  return new Blob(
    [
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', compressed),
      chunk('IEND', new Uint8Array()),
    ],
    { type: 'image/png' },
  );
}
