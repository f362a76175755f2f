import type { EvidenceDatabase } from '../evidence/database';
import type { BackgroundHandlers } from '../messaging/background-channel';
import { sealAuthorityOf } from '../seal/seal-authority';
import { queueSeal } from '../seal/seal-queue';
import { askSeal } from '../seal/ask-seal';
import { offscreenTimestampTools } from '../seal/offscreen-timestamp-tools';
import { createSealRunner } from '../seal/seal-runner';
import { localTimestampTools } from '../seal/timestamp-tools';
import { bytesToBase64 } from '../timestamp/bytes';
import { readSealSettings, watchSealSettings } from '../settings/seal-settings';

/**
 * The seal as the background runs it: the settings followed from any page, captures queued
 * when the seal is on, and the queue worked through at each start of the worker, after each
 * capture, when an attempt falls due and when the settings change.
 */
export function createSealService(database: EvidenceDatabase) {
  let settings = readSealSettings();
  const authority = async () => sealAuthorityOf(await settings);
  // Chrome's worker hands PKI.js's work to a document of its own, to stay small; Firefox's
  // background is a page already, and the library is loaded there on the first seal.
  const tools = import.meta.env.FIREFOX ? localTimestampTools : offscreenTimestampTools;
  const runner = createSealRunner({
    database,
    authority,
    ask: (to, digestHex) => askSeal(to, digestHex, { tools }),
  });
  watchSealSettings((next) => {
    settings = Promise.resolve(next);
    void runner.wake();
  });
  return {
    wake: runner.wake,
    handlers: {
      async sealDigest({ digestHex }) {
        const current = await authority();
        if (!current) return { status: 'off' as const };
        const attempt = await runner.request(current, digestHex);
        if (!attempt.ok) return { status: 'failed' as const, problem: attempt.problem };
        return {
          status: 'sealed' as const,
          responseBase64: bytesToBase64(attempt.answer.response),
          chainPem: attempt.answer.chainPem,
        };
      },
    } satisfies Partial<BackgroundHandlers<unknown>>,
    /** Never fails the capture, which is stored already: a queueing error is only logged. */
    async queueCapture(capture: { id: string; metadataSha256: string }): Promise<void> {
      try {
        if (!(await authority())) return;
        await queueSeal(database, capture);
        void runner.wake();
      } catch (error) {
        console.error('Could not queue the capture for its seal', error);
      }
    },
  };
}
