import type { ZipReadReason } from './zip-read-error';

export type BundleReason =
  | ZipReadReason
  | 'sums-missing'
  | 'sums-bad-line'
  | 'sums-duplicate-path'
  | 'file-missing'
  | 'file-not-listed'
  | 'file-hash-mismatch'
  | 'manifest-missing'
  | 'manifest-not-json'
  | 'manifest-unsupported-version'
  | 'manifest-invalid'
  | 'capture-not-in-manifest'
  | 'duplicate-capture'
  | 'metadata-missing'
  | 'metadata-not-json'
  | 'metadata-invalid'
  | 'metadata-hash-mismatch'
  | 'sealed-file-missing'
  | 'sealed-file-hash-mismatch'
  | 'derived-file-hash-mismatch'
  | 'deleted-file-unproven'
  | 'custody-missing'
  | 'custody-bad-line'
  | 'custody-hash-mismatch'
  | 'custody-broken-link'
  | 'custody-missing-entry'
  | 'custody-not-anchored';

export interface ProblemDetails {
  /** The file concerned, as named inside the bundle. */
  path?: string;
  /** The custody entry concerned, by its index in the log. */
  entry?: number;
  /** The line concerned, 1-based. */
  line?: number;
  /** What was found where something else was expected (a schema version, a role, a file). */
  found?: string;
}

/** What is wrong, as a reason and its details: it is put into words only when shown. */
export interface BundleProblem extends ProblemDetails {
  reason: BundleReason;
}

export function bundleProblem(reason: BundleReason, details: ProblemDetails = {}): BundleProblem {
  return { reason, ...details };
}
