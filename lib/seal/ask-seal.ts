import type { SealAuthority } from './seal-authority';
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
 * leaves the computer. The timestamp library (PKI.js) loads on the first seal, so a background
 * that never seals never pays for it.
 */
export async function askSeal(
  authority: SealAuthority,
  digestHex: string,
  send: typeof fetch = globalThis.fetch,
): Promise<SealAttempt> {
  const [{ buildTimestampRequest }, { verifyTimestampResponse }, { measureClockOffset }] =
    await Promise.all([
      import('../timestamp/build-request'),
      import('../timestamp/verify-timestamp'),
      import('../timestamp/clock-offset'),
    ]);
  const request = buildTimestampRequest(digestHex);
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
  const checked = await verifyTimestampResponse({
    response,
    request,
    trustedRootsPem: authority.trustedRootsPem,
  });
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
      chainPem: checked.chain.map(({ pem }) => pem).join(''),
    },
  };
}
