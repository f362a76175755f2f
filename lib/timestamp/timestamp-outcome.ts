/**
 * What verifying a timestamp gives: plain data with reason codes, never sentences. Wording, in
 * French and English, belongs to the interface that shows it.
 */

export interface CertificateSummary {
  subject: string;
  issuer: string;
  /** Lowercase hexadecimal. */
  serialNumber: string;
  /** ISO 8601, UTC. */
  notBefore: string;
  notAfter: string;
  /** SHA-256 of the DER certificate, lowercase hexadecimal. */
  sha256: string;
  pem: string;
}

export interface TimestampAccuracy {
  seconds: number;
  millis: number;
  micros: number;
}

export interface TimestampVerified {
  ok: true;
  /** The authority's time, ISO 8601 UTC with milliseconds. */
  genTime: string;
  /** Lowercase hexadecimal. */
  serialNumber: string;
  policy: string;
  /** Null when the authority states no accuracy. */
  accuracy: TimestampAccuracy | null;
  /** The authority's name from the token, when it gives one. */
  tsaName: string | null;
  digestHex: string;
  /** Null when neither the request nor the token carried a nonce. */
  nonceHex: string | null;
  signer: CertificateSummary;
  /** From the signer up to the trusted root, both included. */
  chain: CertificateSummary[];
}

/** Which part of the bytes could not be read as what it should be. */
export type MalformedPart =
  | 'response'
  | 'status'
  | 'token'
  | 'signed-data'
  | 'tst-info'
  | 'signer-info'
  | 'signed-attributes'
  | 'digest';

export type TimestampFailure =
  | { ok: false; reason: 'malformed'; details: { part: MalformedPart } }
  | {
      ok: false;
      reason: 'rejected-by-authority';
      details: { status: number; statusText: string[]; failures: string[] };
    }
  | {
      ok: false;
      reason: 'wrong-imprint';
      details: { expectedDigest: string; receivedDigest: string; receivedAlgorithm: string };
    }
  | {
      ok: false;
      reason: 'wrong-nonce';
      details: { expectedNonce: string | null; receivedNonce: string | null };
    }
  | { ok: false; reason: 'signer-not-found'; details: { certificateCount: number } }
  | {
      ok: false;
      reason: 'not-a-timestamping-certificate';
      details: {
        signer: CertificateSummary;
        problem: 'no-extended-key-usage' | 'not-critical' | 'not-only-timestamping';
      };
    }
  | {
      ok: false;
      reason: 'signer-expired-at-gen-time';
      details: { signer: CertificateSummary; genTime: string };
    }
  | {
      ok: false;
      reason: 'bad-signature';
      details: { check: 'content-type' | 'message-digest' | 'signature' };
    }
  | {
      ok: false;
      reason: 'signer-not-bound';
      details: { problem: 'no-signing-certificate-attribute' | 'hash-differs' | 'issuer-differs' };
    }
  | {
      ok: false;
      reason: 'untrusted-chain';
      details: { problem: 'no-path-to-trusted-root' | 'invalid-at-gen-time'; genTime: string };
    }
  | { ok: false; reason: 'unsupported-algorithm'; details: { algorithm: string } };

export type FailureReason = TimestampFailure['reason'];

/** Every reason once: the compiler refuses this object if a reason is added or dropped. */
const EVERY_REASON: Record<FailureReason, true> = {
  malformed: true,
  'rejected-by-authority': true,
  'wrong-imprint': true,
  'wrong-nonce': true,
  'signer-not-found': true,
  'not-a-timestamping-certificate': true,
  'signer-expired-at-gen-time': true,
  'bad-signature': true,
  'signer-not-bound': true,
  'untrusted-chain': true,
  'unsupported-algorithm': true,
};

/** The closed set of reason codes, for tables of wording and for exhaustive tests. */
export const FAILURE_REASONS = Object.keys(EVERY_REASON) as FailureReason[];

export type TimestampVerification = TimestampVerified | TimestampFailure;

export function malformed(part: MalformedPart): TimestampFailure {
  return { ok: false, reason: 'malformed', details: { part } };
}
