import * as asn1js from 'asn1js';
import { AlgorithmIdentifier, MessageImprint, TimeStampReq } from 'pkijs';
import { bytesToHex, hexToBytes } from './bytes';
import { OID } from './oids';

export const TIMESTAMP_QUERY_CONTENT_TYPE = 'application/timestamp-query';

/** 16 bytes, of which 126 bits are random: far beyond the 64 bits a replay would have to guess. */
const NONCE_LENGTH = 16;

export interface TimestampRequest {
  /** The DER `TimeStampReq` to POST. */
  der: Uint8Array<ArrayBuffer>;
  contentType: typeof TIMESTAMP_QUERY_CONTENT_TYPE;
  /** Lowercase hexadecimal SHA-256 that the authority is asked to seal. */
  digestHex: string;
  /** Lowercase hexadecimal nonce the answer must repeat. */
  nonceHex: string;
}

/**
 * A `TimeStampReq` (RFC 3161) over a SHA-256 digest given in hexadecimal, with a fresh random
 * nonce and `certReq` so the answer carries the authority's certificate. Throws on a digest that
 * is not 64 hexadecimal digits: sealing a wrong value is worse than sealing nothing.
 */
export function buildTimestampRequest(
  digestHex: string,
  random: Pick<Crypto, 'getRandomValues'> = globalThis.crypto,
): TimestampRequest {
  const digest = digestHex.length === 64 ? hexToBytes(digestHex) : null;
  if (!digest) throw new RangeError('A SHA-256 digest is 64 hexadecimal digits.');
  const nonce = random.getRandomValues(new Uint8Array(NONCE_LENGTH));
  // A positive INTEGER in minimal form: the first byte is never 0 and never has its top bit set.
  nonce[0] = ((nonce[0] ?? 0) & 0x3f) | 0x40;
  const request = new TimeStampReq({
    version: 1,
    messageImprint: new MessageImprint({
      hashAlgorithm: new AlgorithmIdentifier({
        algorithmId: OID.sha256,
        algorithmParams: new asn1js.Null(),
      }),
      hashedMessage: new asn1js.OctetString({ valueHex: digest }),
    }),
    nonce: new asn1js.Integer({ valueHex: nonce }),
    certReq: true,
  });
  return {
    der: new Uint8Array(request.toSchema().toBER()),
    contentType: TIMESTAMP_QUERY_CONTENT_TYPE,
    digestHex: digestHex.toLowerCase(),
    nonceHex: bytesToHex(nonce),
  };
}
