import type { TimestampAccuracy } from '../timestamp/timestamp-outcome';

/** A request ready to POST, and what its answer must repeat. */
export interface BuiltRequest {
  der: Uint8Array<ArrayBuffer>;
  contentType: string;
  digestHex: string;
  nonceHex: string;
}

/** What the seal needs of a checked answer: the authority's time and chain, or why not. */
export type CheckedAnswer =
  | { ok: true; genTime: string; accuracy: TimestampAccuracy | null; chainPem: string }
  | { ok: false; reason: string };

/**
 * The RFC 3161 work the seal hands out: building a request and checking its answer, both with
 * PKI.js. Where they run is the caller's choice: here, or in a document of their own
 * (timestamp-offscreen), so that the library stays out of the background's script.
 */
export interface TimestampTools {
  buildRequest(digestHex: string): Promise<BuiltRequest>;
  checkAnswer(
    response: Uint8Array<ArrayBuffer>,
    request: Pick<BuiltRequest, 'digestHex' | 'nonceHex'>,
    trustedRootsPem: readonly string[],
  ): Promise<CheckedAnswer>;
}

/** The tools in this context, PKI.js loaded on first use. */
export const localTimestampTools: TimestampTools = {
  async buildRequest(digestHex) {
    const { buildTimestampRequest } = await import('../timestamp/build-request');
    return buildTimestampRequest(digestHex);
  },
  async checkAnswer(response, request, trustedRootsPem) {
    const { verifyTimestampResponse } = await import('../timestamp/verify-timestamp');
    const checked = await verifyTimestampResponse({ response, request, trustedRootsPem });
    if (!checked.ok) return { ok: false, reason: checked.reason };
    return {
      ok: true,
      genTime: checked.genTime,
      accuracy: checked.accuracy,
      chainPem: checked.chain.map(({ pem }) => pem).join(''),
    };
  },
};
