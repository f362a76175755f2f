import type { EvidenceDatabase } from '../evidence/database';
import { sealAuthorityOf } from '../seal/seal-authority';
import { queueSeal } from '../seal/seal-queue';
import { createSealRunner } from '../seal/seal-runner';
import { readSealSettings, watchSealSettings } from '../settings/seal-settings';

/**
 * The seal as the background runs it: the settings followed from any page, captures queued
 * when the seal is on, and the queue worked through at each start of the worker, after each
 * capture, when an attempt falls due and when the settings change.
 */
export function createSealService(database: EvidenceDatabase) {
  let settings = readSealSettings();
  const authority = async () => sealAuthorityOf(await settings);
  const runner = createSealRunner({ database, authority });
  watchSealSettings((next) => {
    settings = Promise.resolve(next);
    void runner.wake();
  });
  return {
    wake: runner.wake,
    /** The current authority and the runner's spaced request, for an export's own seal. */
    authority,
    request: runner.request,
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

