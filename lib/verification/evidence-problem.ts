import type { FileRole } from '../evidence/capture-metadata';
import type { CustodyProblem } from '../evidence/verify-custody';

/** Why a capture does not hold, wherever it is checked: in the library or in a bundle. */
export type EvidenceReason =
  | 'metadata-invalid'
  | 'metadata-not-canonical'
  | 'metadata-hash-mismatch'
  | 'sealed-file-missing'
  | 'sealed-file-hash-mismatch'
  | 'derived-file-hash-mismatch'
  | 'crop-differs'
  | 'crop-unreadable'
  | 'image-too-large'
  | 'custody-bad-line'
  | 'custody-unknown-field'
  | `custody-${CustodyProblem['reason']}`
  | 'annotation-mismatch';

/** What a problem is about: the library names it in words, a bundle by its file. */
export type EvidenceSubject = 'metadata' | 'custody' | 'annotation' | FileRole;

export interface EvidenceProblem {
  reason: EvidenceReason;
  subject: EvidenceSubject;
  /** The custody entry concerned, by its index in the log. */
  entry?: number;
  /** The line of custody.jsonl concerned, 1-based, when the log was read from a file. */
  line?: number;
  /** What was found: a field's name, an image's size. */
  found?: string;
}
