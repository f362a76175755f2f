import { appendCustody, CaptureNotFoundError } from '../evidence/append-custody';
import type { CaptureRecord, EvidenceDatabase } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import type { SealAnswer } from './ask-seal';
import type { SealAuthority } from './seal-authority';
import type { SealProblem, SealWaiting } from './seal-records';

/** The first retry comes after half a minute, then each wait doubles, up to an hour. */
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 3_600_000;

export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

/** Puts a stored capture in line for its seal. */
export async function queueSeal(
  database: EvidenceDatabase,
  capture: Pick<CaptureRecord, 'id' | 'metadataSha256'>,
  now = new Date(),
): Promise<void> {
  await database.sealQueue.put({
    captureId: capture.id,
    digestHex: capture.metadataSha256,
    queuedAt: now.toISOString(),
    attempts: 0,
    nextAttemptAt: now.getTime(),
  });
}

/** The capture that has waited longest for its next attempt. */
export function nextWaitingSeal(database: EvidenceDatabase): Promise<SealWaiting | undefined> {
  return database.sealQueue.orderBy('nextAttemptAt').first();
}

/** The attempt failed: the capture waits, says why, and is tried again later. */
export async function postponeSeal(
  database: EvidenceDatabase,
  waiting: SealWaiting,
  problem: SealProblem,
  now = Date.now(),
): Promise<void> {
  const attempts = waiting.attempts + 1;
  await database.sealQueue.put({
    ...waiting,
    attempts,
    problem,
    nextAttemptAt: now + retryDelayMs(attempts),
  });
}

/**
 * Stores the seal beside the capture and logs it in the capture's custody, in one transaction
 * that also takes the capture out of the queue. A capture deleted meanwhile leaves the queue.
 */
export async function storeSeal(
  database: EvidenceDatabase,
  waiting: SealWaiting,
  authority: SealAuthority,
  answer: SealAnswer,
): Promise<void> {
  const event = {
    kind: 'sealed' as const,
    data: {
      authorityId: authority.id,
      genTime: answer.genTime,
      responseSha256: await sha256Hex(answer.response),
      clockOffsetMs: Math.round(answer.clockOffsetMs),
    },
  };
  try {
    await appendCustody(database, waiting.captureId, [event], {
      at: answer.receivedAt,
      alongside: async () => {
        await database.seals.put({
          captureId: waiting.captureId,
          digestHex: waiting.digestHex,
          authorityId: authority.id,
          authorityName: authority.name,
          authorityUrl: authority.url,
          eidasQualified: authority.eidasQualified,
          response: answer.response,
          genTime: answer.genTime,
          queuedAt: waiting.queuedAt,
          sentAt: answer.sentAt.toISOString(),
          receivedAt: answer.receivedAt.toISOString(),
          clockOffsetMs: answer.clockOffsetMs,
          clockUncertaintyMs: answer.clockUncertaintyMs,
          chainPem: answer.chainPem,
        });
        await database.sealQueue.delete(waiting.captureId);
      },
    });
  } catch (error) {
    if (!(error instanceof CaptureNotFoundError)) throw error;
    await database.sealQueue.delete(waiting.captureId);
  }
}
