import type { FailureReason } from '../timestamp/timestamp-outcome';

/** What the bundle check says when a seal fails, one reason each, worded in problem-messages. */
const SEAL_REASONS = {
  malformed: 'seal-malformed',
  'rejected-by-authority': 'seal-rejected',
  'wrong-imprint': 'seal-wrong-imprint',
  // A stored seal is checked without a nonce: this cannot come, and would mean a broken token.
  'wrong-nonce': 'seal-malformed',
  'signer-not-found': 'seal-signer-not-found',
  'not-a-timestamping-certificate': 'seal-not-timestamping',
  'signer-expired-at-gen-time': 'seal-signer-expired',
  'bad-signature': 'seal-bad-signature',
  'signer-not-bound': 'seal-signer-not-bound',
  'untrusted-chain': 'seal-untrusted-chain',
  'unsupported-algorithm': 'seal-unsupported-algorithm',
} as const satisfies Record<FailureReason, `seal-${string}`>;

export type SealBundleReason =
  | (typeof SEAL_REASONS)[FailureReason]
  | 'seal-missing'
  | 'seal-hash-mismatch'
  | 'seal-time-differs'
  | 'seal-device-times-invalid';

export function sealReasonOf(reason: FailureReason): SealBundleReason {
  return SEAL_REASONS[reason];
}
