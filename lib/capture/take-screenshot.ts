import browser from 'webextension-polyfill';
import type { SpacedQueue } from './spaced-queue';
import { markStage } from './stage-marks';

const QUOTA_MESSAGE = /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/;
const MAX_ATTEMPTS = 4;

/**
 * Screenshots the visible area of a window as a PNG data URL, through the spaced queue, while
 * `prepare` checks and measures the page. A
 * rejection for exceeding the per-second quota (another extension or a burst) is retried.
 */
export async function takeScreenshot<Prepared>(
  queue: SpacedQueue,
  windowId: number,
  prepare: () => Promise<Prepared>,
  capture: (windowId: number) => Promise<string> = (id) =>
    browser.tabs.captureVisibleTab(id, { format: 'png' }),
): Promise<{ dataUrl: string; prepared: Prepared }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await queue.run(async () => {
        // The page is checked and measured while the browser takes the shot: both describe
        // the same instant, and a failed check throws the shot away.
        markStage('shot-start');
        const [prepared, dataUrl] = await Promise.all([
          prepare(),
          capture(windowId).finally(() => markStage('shot-end')),
        ]);
        return { dataUrl, prepared };
      });
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !QUOTA_MESSAGE.test(String(error))) throw error;
    }
  }
}
