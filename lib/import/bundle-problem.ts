import type { EvidenceReason } from '../verification/evidence-problem';
import type { SealBundleReason } from './seal-reasons';
import type { ZipProblemDetails, ZipReadReason } from './zip-read-error';

export type BundleReason =
  | ZipReadReason
  | EvidenceReason
  | SealBundleReason
  | 'unexpected-file'
  | 'sums-missing'
  | 'sums-bad-line'
  | 'sums-duplicate-path'
  | 'file-missing'
  | 'file-not-listed'
  | 'file-hash-mismatch'
  | 'file-not-described'
  | 'file-misplaced'
  | 'manifest-missing'
  | 'manifest-not-json'
  | 'manifest-unsupported-version'
  | 'manifest-invalid'
  | 'capture-not-in-manifest'
  | 'duplicate-capture'
  | 'metadata-missing'
  | 'metadata-not-json'
  | 'deleted-file-unproven'
  | 'custody-missing';

export interface ProblemDetails extends ZipProblemDetails {
  /** The custody entry concerned, by its index in the log. */
  entry?: number;
  /** The line concerned, 1-based. */
  line?: number;
}

/** What is wrong, as a reason and its details: it is put into words only when shown. */
export interface BundleProblem extends ProblemDetails {
  reason: BundleReason;
}

export function bundleProblem(reason: BundleReason, details: ProblemDetails = {}): BundleProblem {
  return { reason, ...details };
}
