import browser from 'webextension-polyfill';
import { captureTab, type CaptureContext } from '../capture/capture-tab';
import { saveCapture } from '../evidence/save-capture';

/**
 * What the benchmark drives, in the benchmark build only: a capture without a user gesture,
 * a bare screenshot, and a store filled with synthetic captures, timing each save.
 */
export function benchmarkHooks(context: CaptureContext) {
  return {
    // What a menu click runs, up to the stored record (the confirmation comes after).
    capture: (tabId: number) =>
      captureTab(
        { trigger: 'context-menu', tabId, requestedAt: new Date(), menuContext: 'page' },
        context,
      ),
    screenshot: (windowId: number) => browser.tabs.captureVisibleTab(windowId, { format: 'png' }),
    /** Saves `count` captures with `bytes`-long images; returns each save's duration in ms. */
    async populate(count: number, bytes: number): Promise<number[]> {
      const image = new Uint8Array(bytes).map((_, index) => (index * 131 + 7) % 251);
      const durations: number[] = [];
      for (let index = 0; index < count; index += 1) {
        const id = crypto.randomUUID();
        const at = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
        const start = performance.now();
        await saveCapture({
          database: context.database,
          metadata: {
            schema: 'temoin.capture/1',
            id,
            time: {
              capturedAt: at,
              requestedAt: at,
              timeZone: 'Europe/Paris',
              utcOffset: '+01:00',
              localTime: at,
              source: 'device-clock',
            },
            trigger: 'context-menu',
            page: {
              url: `https://forum.exemple/fil/${index}`,
              title: `Fil ${index} : message numéro ${index}`,
              viewport: { width: 1280, height: 800 },
              devicePixelRatio: 1,
            },
            target: { crop: 'no-post-found' },
            environment: {
              browserName: 'Chromium',
              browserVersion: 'bench',
              userAgent: 'bench',
              extensionVersion: 'bench',
            },
          },
          files: [
            {
              role: 'page-screenshot',
              blob: new Blob([image], { type: 'image/png' }),
              width: 1280,
              height: 800,
            },
          ],
        });
        durations.push(performance.now() - start);
      }
      return durations;
    },
  };
}
