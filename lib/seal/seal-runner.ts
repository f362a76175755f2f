import type { EvidenceDatabase } from '../evidence/database';
import type { SealAttempt } from './ask-seal';
import type { SealAuthority } from './seal-authority';
import { nextWaitingSeal, postponeSeal, storeSeal } from './seal-queue';

export interface SealRunnerOptions {
  database: EvidenceDatabase;
  /** The authority the settings name now, or null when the seal is off. */
  authority: () => Promise<SealAuthority | null>;
  /** Asks an authority: askSeal, with the timestamp tools of the context it runs in. */
  ask: (authority: SealAuthority, digestHex: string) => Promise<SealAttempt>;
  now?: () => number;
  sleep?: (milliseconds: number) => Promise<void>;
  /** Calls back once after the delay; the runner keeps one such call pending at most. */
  later?: (callback: () => void, milliseconds: number) => void;
}

/**
 * Works through the captures waiting for their seal, one request at a time, spaced as the
 * authority asks; a failed attempt leaves the capture waiting for a later one. Every request
 * to an authority, an export's too, goes through `request`, so the spacing holds for all.
 */
export function createSealRunner({
  database,
  authority,
  ask,
  now = () => Date.now(),
  sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
  later = (callback, milliseconds) => void setTimeout(callback, milliseconds),
}: SealRunnerOptions) {
  const lastRequestAt = new Map<string, number>();
  let tail: Promise<unknown> = Promise.resolve();
  let draining: Promise<void> | undefined;
  let drainAgain = false;
  let laterAt = Number.POSITIVE_INFINITY;

  /** One request at a time across the worker, no sooner than the authority's spacing allows. */
  function request(to: SealAuthority, digestHex: string): Promise<SealAttempt> {
    const result = tail.then(async () => {
      const wait = (lastRequestAt.get(to.url) ?? -Infinity) + to.spacingMs - now();
      if (wait > 0) await sleep(wait);
      lastRequestAt.set(to.url, now());
      return ask(to, digestHex);
    });
    tail = result.catch(() => undefined);
    return result;
  }

  async function drain(): Promise<void> {
    for (;;) {
      const current = await authority();
      if (!current) return;
      const waiting = await nextWaitingSeal(database);
      if (!waiting) return;
      const wait = waiting.nextAttemptAt - now();
      if (wait > 0) return wakeLater(wait);
      const attempt = await request(current, waiting.digestHex);
      if (attempt.ok) await storeSeal(database, waiting, current, attempt.answer);
      else await postponeSeal(database, waiting, attempt.problem, now());
    }
  }

  function wakeLater(milliseconds: number): void {
    const at = now() + milliseconds;
    if (at >= laterAt) return;
    laterAt = at;
    later(() => {
      laterAt = Number.POSITIVE_INFINITY;
      wake();
    }, milliseconds);
  }

  /** Seals what is due now; safe to call at any time, as often as wanted. */
  function wake(): Promise<void> {
    if (draining) {
      drainAgain = true;
      return draining;
    }
    draining = drain()
      .catch((error: unknown) => console.error('Sealing failed', error))
      .finally(() => {
        draining = undefined;
        if (drainAgain) {
          drainAgain = false;
          void wake();
        }
      });
    return draining;
  }

  return { wake, request };
}
