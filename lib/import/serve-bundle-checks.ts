import { samePixels } from '../verification/canvas-pixels';
import type { PixelComparer } from '../verification/check-crop';
import { checkRequestSchema, type CheckAnswer } from './bundle-check-protocol';
import { verifyBundle } from './verify-bundle';

/** The end of a channel a check is asked and answered through: a worker's scope, a port. */
export interface CheckPort {
  postMessage(message: CheckAnswer): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

/**
 * Answers checks asked through `port`, inside the library page's worker: the whole bundle is
 * read, hashed, inflated and its crops compared there, so a hostile archive can neither
 * freeze the page nor keep it busy; stopping the worker stops the check at once.
 */
export function serveBundleChecks(port: CheckPort, comparer: PixelComparer = samePixels): void {
  port.addEventListener('message', (event) => {
    void (async () => {
      try {
        const { file, customRootsPem } = checkRequestSchema.parse(event.data);
        const verification = await verifyBundle(file, {
          samePixels: comparer,
          ...(customRootsPem ? { customRootsPem } : {}),
          onProgress: (done, total) => port.postMessage({ type: 'progress', done, total }),
        });
        port.postMessage({ type: 'verdict', verification });
      } catch (error) {
        port.postMessage({ type: 'failed', message: String(error) });
      }
    })();
  });
}
