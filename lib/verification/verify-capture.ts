import { emptyAnnotation, type Annotation } from '../evidence/annotation';
import type { EvidenceDatabase } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import type { PixelComparer } from './check-crop';
import type { EvidenceProblem } from './evidence-problem';
import { verifyEvidence, type HashCheck } from './verify-evidence';

export type { HashCheck } from './verify-evidence';

export interface Verification {
  captureId: string;
  intact: boolean;
  checks: HashCheck[];
  /**
   * Whether the stored post crop has exactly the pixels of the sealed screenshot at the sealed
   * area; null when there is no crop or no way to compare pixels here.
   */
  cropReproduced: boolean | null;
  /** Everything that does not hold, each naming what it is about. */
  problems: EvidenceProblem[];
}

/** Every field of the annotation the library keeps beside each log. */
const ANNOTATION_FIELDS = [
  'category',
  'reports',
  'notes',
  'imagesDeletedAt',
  'tags',
  'caseIds',
  'exports',
  'trashedAt',
  'emptiedAt',
] as const satisfies ReadonlyArray<Exclude<keyof Annotation, 'captureId'>>;

/**
 * Checks a capture of the library with the one verifier a bundle is checked with too: the
 * stored bytes are hashed again, the crop cut again from the screenshot where pixels can be
 * compared, the custody log and the kept annotation read back.
 */
export async function verifyCapture(
  database: EvidenceDatabase,
  captureId: string,
  samePixels?: PixelComparer,
): Promise<Verification> {
  const [capture, files, log, annotation] = await database.transaction(
    'r',
    [database.captures, database.files, database.custody, database.annotations],
    () =>
      Promise.all([
        database.captures.get(captureId),
        database.files.where('captureId').equals(captureId).toArray(),
        database.custody.where('captureId').equals(captureId).toArray(),
        database.annotations.get(captureId),
      ]),
  );
  if (!capture) throw new Error(`No capture ${captureId}`);
  const report = await verifyEvidence(
    {
      captureId: capture.id,
      metadata: capture.metadata,
      metadataSha256: capture.metadataSha256,
      files: await Promise.all(
        files.map(async (file) => ({
          role: file.role,
          blob: file.blob,
          actualSha256: await sha256Hex(file.blob),
          recordedSha256: file.sha256,
          ...(file.derivedFrom ? { derivedFrom: file.derivedFrom } : {}),
        })),
      ),
      custody: log.map((raw) => ({ raw })),
      annotation: { copy: annotation ?? emptyAnnotation(captureId), fields: ANNOTATION_FIELDS },
    },
    samePixels ? { samePixels } : {},
  );
  return {
    captureId,
    intact: report.problems.length === 0,
    checks: report.checks,
    cropReproduced: report.cropReproduced,
    problems: report.problems,
  };
}
