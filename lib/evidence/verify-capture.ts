import { canonicalJson } from './canonical-json';
import type { FileRole, Rectangle } from './capture-metadata';
import type { EvidenceDatabase } from './database';
import { sha256Hex } from './sha256';
import { verifyCustodyChain, type CustodyProblem } from './verify-custody';

export interface HashCheck {
  subject: 'metadata' | FileRole;
  expected: string;
  actual: string | null;
  matches: boolean;
  /** The file was deleted under the child-abuse rule, as its custody log records. */
  deleted?: boolean;
}

export interface Verification {
  captureId: string;
  intact: boolean;
  checks: HashCheck[];
  /**
   * Whether the stored post crop has exactly the pixels of the sealed screenshot at the sealed
   * area; null when there is no crop or no way to compare pixels here.
   */
  cropReproduced: boolean | null;
  /** The first break in the custody log, or null when the log holds (or is not opened yet). */
  custody: CustodyProblem | null;
}

/** Compares a crop with an area of a screenshot, pixel for pixel. */
export type PixelComparer = (screenshot: Blob, crop: Blob, area: Rectangle) => Promise<boolean>;

/**
 * Recomputes every hash of a capture from the stored bytes and compares it with the record,
 * and, where pixels can be compared, checks the post crop against the sealed screenshot.
 */
export async function verifyCapture(
  database: EvidenceDatabase,
  captureId: string,
  samePixels?: PixelComparer,
): Promise<Verification> {
  const capture = await database.captures.get(captureId);
  if (!capture) throw new Error(`No capture ${captureId}`);
  const files = await database.files.where('captureId').equals(captureId).toArray();
  const log = await database.custody.where('captureId').equals(captureId).toArray();
  const deletedRoles = new Set(
    log.flatMap((entry) =>
      entry.kind === 'images-deleted' ? entry.data.files.map((file) => file.role) : [],
    ),
  );
  const metadataHash = await sha256Hex(canonicalJson(capture.metadata));
  const checks: HashCheck[] = [
    {
      subject: 'metadata',
      expected: capture.metadataSha256,
      actual: metadataHash,
      matches: metadataHash === capture.metadataSha256,
    },
  ];
  for (const described of capture.metadata.files) {
    const stored = files.find((file) => file.role === described.role);
    const actual = stored ? await sha256Hex(stored.blob) : null;
    checks.push({
      subject: described.role,
      expected: described.sha256,
      actual,
      matches: actual === described.sha256,
      ...(!stored && deletedRoles.has(described.role) ? { deleted: true } : {}),
    });
  }
  for (const derived of files.filter((file) => file.derivedFrom)) {
    const actual = await sha256Hex(derived.blob);
    checks.push({
      subject: derived.role,
      expected: derived.sha256,
      actual,
      matches: actual === derived.sha256,
    });
  }
  const screenshot = files.find((file) => file.role === 'page-screenshot');
  const crop = files.find((file) => file.role === 'post-crop');
  const area = capture.metadata.target.cropArea;
  const cropReproduced =
    samePixels && screenshot && crop && area
      ? await samePixels(screenshot.blob, crop.blob, area)
      : null;
  const custody = await verifyCustodyChain(log, capture.metadataSha256);
  return {
    captureId,
    intact:
      checks.every((check) => check.matches || check.deleted) &&
      cropReproduced !== false &&
      custody === null,
    checks,
    cropReproduced,
    custody,
  };
}
