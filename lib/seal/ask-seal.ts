import { measureClockOffset } from '../timestamp/clock-offset';
import type { SealAuthority } from './seal-authority';
import type { TimestampTools } from './timestamp-tools';
import type { SealProblem } from './seal-records';

/** An authority that has not answered in this time is taken as offline for this attempt. */
const ANSWER_TIMEOUT_MS = 20_000;

export interface SealAnswer {
  /** The authority's DER `TimeStampResp`, checked. */
  response: Uint8Array<ArrayBuffer>;
  /** The authority's time, UTC ISO 8601. */
  genTime: string;
  sentAt: Date;
  receivedAt: Date;
  clockOffsetMs: number;
  clockUncertaintyMs: number;
  chainPem: string;
}

export type SealAttempt = { ok: true; answer: SealAnswer } | { ok: false; problem: SealProblem };

/**
 * Asks the authority to seal a SHA-256 digest and checks its answer: our nonce and digest, a
 * valid signature, a timestamping signer chaining to the authority's roots. Only the digest
 * leaves the computer, from here: the tools only build the request and check the answer.
 */
export async function askSeal(
  authority: SealAuthority,
  digestHex: string,
  { send = globalThis.fetch, tools }: { send?: typeof fetch; tools: TimestampTools },
): Promise<SealAttempt> {
  const request = await tools.buildRequest(digestHex);
  const sentAt = new Date();
  let response: Uint8Array<ArrayBuffer>;
  try {
    const answer = await send(authority.url, {
      method: 'POST',
      headers: { 'content-type': request.contentType },
      body: request.der,
      credentials: 'omit',
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
    if (!answer.ok) return { ok: false, problem: 'refused' };
    response = new Uint8Array(await answer.arrayBuffer());
  } catch {
    return { ok: false, problem: 'offline' };
  }
  const receivedAt = new Date();
  const checked = await tools.checkAnswer(response, request, authority.trustedRootsPem);
  if (!checked.ok)
    return {
      ok: false,
      problem: checked.reason === 'rejected-by-authority' ? 'refused' : 'invalid-answer',
    };
  const offset = measureClockOffset({
    sentAt,
    receivedAt,
    genTime: new Date(checked.genTime),
    accuracy: checked.accuracy,
  });
  return {
    ok: true,
    answer: {
      response,
      genTime: checked.genTime,
      sentAt,
      receivedAt,
      clockOffsetMs: offset.offsetMs,
      clockUncertaintyMs: offset.uncertaintyMs,
      chainPem: checked.chainPem,
    },
  };
}
