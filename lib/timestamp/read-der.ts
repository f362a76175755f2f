import * as asn1js from 'asn1js';
import { ownBuffer } from './bytes';

/** Bounds for hostile input: a timestamp is a few kilobytes with a shallow tree. */
const LIMITS = { maxDepth: 32, maxNodes: 20_000 };

/**
 * One ASN.1 value filling the bytes exactly, or null: trailing or missing bytes are refused, and
 * so is anything the parser throws on (it throws, for one, on a malformed GeneralizedTime).
 */
export function readDer(bytes: Uint8Array): asn1js.AsnType | null {
  try {
    const parsed = asn1js.fromBER(ownBuffer(bytes), LIMITS);
    return parsed.offset === bytes.length ? parsed.result : null;
  } catch {
    return null;
  }
}
