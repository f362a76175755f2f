import { checkAnswerSchema, type CheckAnswer } from './bundle-check-protocol';
import type { BundleVerification } from './verify-bundle';

/** The page's side of a check worker: where to ask, and how to stop it. */
export interface CheckWorker {
  postMessage(message: { file: Blob; customRootsPem?: string[] }): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

/**
 * Checks a bundle in a worker (see serve-bundle-checks.ts) and resolves with its verdict.
 * Aborting stops the worker at once, whatever it was doing, and rejects with the abort
 * reason; the worker is stopped once it has answered too, which frees all it held.
 */
export function checkBundleInWorker(
  worker: CheckWorker,
  file: Blob,
  {
    signal,
    onProgress,
    customRootsPem = [],
  }: {
    signal?: AbortSignal;
    onProgress?: (done: number, total: number) => void;
    /** Roots the seals may chain to besides those Témoin ships (see verifyBundle). */
    customRootsPem?: string[];
  } = {},
): Promise<BundleVerification> {
  return new Promise((resolve, reject) => {
    const finish = (settle: () => void) => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
      settle();
    };
    const abort = () => finish(() => reject(signal?.reason));
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    worker.addEventListener('error', (event) =>
      finish(() =>
        reject(new Error(`The check stopped: ${(event as ErrorEvent).message ?? event.type}`)),
      ),
    );
    worker.addEventListener('message', (event) => {
      let answer: CheckAnswer;
      try {
        answer = checkAnswerSchema.parse(event.data);
      } catch (error) {
        return finish(() => reject(error));
      }
      if (answer.type === 'progress') onProgress?.(answer.done, answer.total);
      else if (answer.type === 'verdict') finish(() => resolve(answer.verification));
      else finish(() => reject(new Error(answer.message)));
    });
    worker.postMessage({ file, customRootsPem });
  });
}
