import { canonicalJson } from '../evidence/canonical-json';
import { captureMetadataSchema, type FileRole } from '../evidence/capture-metadata';
import type { CustodyEntry } from '../evidence/custody-entry';
import { sha256Hex } from '../evidence/sha256';
import { checkAnnotation, type AnnotationCopy } from './check-annotation';
import { checkCrop, type PixelComparer } from './check-crop';
import { checkCustodyLog, type FoundEntry } from './check-custody-log';
import type { EvidenceProblem } from './evidence-problem';

/** One file of a capture as it is now, with the hash its bytes have and the one kept for it. */
export interface FileUnderCheck {
  role: FileRole;
  /** The bytes, for the pixel check; absent when they could not be read. */
  blob?: Blob;
  /** The SHA-256 of the bytes as they are, or null when they could not be read. */
  actualSha256: string | null;
  /** The hash recorded beside the file; for a derived file, the only one there is. */
  recordedSha256: string;
  derivedFrom?: FileRole;
}

/** A capture as its container holds it: the library's store, or a bundle's folder. */
export interface EvidenceUnderCheck {
  captureId: string;
  /** The sealed metadata as stored or exported, never a parsed copy: what was hashed. */
  metadata: unknown;
  metadataSha256: string;
  files: readonly FileUnderCheck[];
  custody: readonly FoundEntry[];
  annotation: AnnotationCopy;
}

export interface HashCheck {
  subject: 'metadata' | FileRole;
  expected: string;
  actual: string | null;
  matches: boolean;
  /** The file was deleted under the child-abuse rule, as its custody log records. */
  deleted?: boolean;
}

export interface EvidenceReport {
  checks: HashCheck[];
  /** Whether the crop was cut again from the screenshot and matched; null when not checked. */
  cropReproduced: boolean | null;
  custody: CustodyEntry[];
  problems: EvidenceProblem[];
}

/**
 * The one verifier of a capture, run by the library's « Vérifier » and by the bundle check
 * alike: the sealed metadata's hash and identity, every sealed file or its recorded deletion,
 * every derived file, the crop cut again from the screenshot, the custody log read strictly
 * and chained, and the annotation's copy replayed from the log. Without a pixel comparer the
 * crop is not cut again (cropReproduced stays null): every caller in a browser passes one.
 */
export async function verifyEvidence(
  capture: EvidenceUnderCheck,
  { samePixels }: { samePixels?: PixelComparer } = {},
): Promise<EvidenceReport> {
  const { captureId, metadataSha256 } = capture;
  const problems: EvidenceProblem[] = [];
  const parsed = captureMetadataSchema.safeParse(capture.metadata);
  const metadata = parsed.success && parsed.data.id === captureId ? parsed.data : undefined;
  if (!metadata) problems.push({ reason: 'metadata-invalid', subject: 'metadata' });
  const metadataHash = await canonicalHash(capture.metadata);
  if (metadataHash === null)
    problems.push({ reason: 'metadata-not-canonical', subject: 'metadata' });
  else if (metadataHash !== metadataSha256) {
    problems.push({ reason: 'metadata-hash-mismatch', subject: 'metadata' });
  }
  const log = await checkCustodyLog(capture.custody, captureId, metadataSha256);
  problems.push(...log.problems);
  const checks: HashCheck[] = [
    {
      subject: 'metadata',
      expected: metadataSha256,
      actual: metadataHash,
      matches: metadataHash === metadataSha256,
    },
  ];
  const deleted = new Set(
    log.entries.flatMap((entry) =>
      entry.kind === 'images-deleted'
        ? entry.data.files.map((file) => `${file.role}:${file.sha256}`)
        : [],
    ),
  );
  for (const sealed of metadata?.files ?? []) {
    const present = capture.files.find((file) => file.role === sealed.role && !file.derivedFrom);
    const actual = present?.actualSha256 ?? null;
    const wasDeleted = !present && deleted.has(`${sealed.role}:${sealed.sha256}`);
    checks.push({
      subject: sealed.role,
      expected: sealed.sha256,
      actual,
      matches: actual === sealed.sha256,
      ...(wasDeleted ? { deleted: true } : {}),
    });
    if (!present && !wasDeleted)
      problems.push({ reason: 'sealed-file-missing', subject: sealed.role });
    else if (present && present.actualSha256 !== null && actual !== sealed.sha256) {
      problems.push({ reason: 'sealed-file-hash-mismatch', subject: sealed.role });
    }
  }
  for (const derived of capture.files.filter((file) => file.derivedFrom)) {
    const { actualSha256: actual, recordedSha256: expected } = derived;
    checks.push({ subject: derived.role, expected, actual, matches: actual === expected });
    if (actual !== null && actual !== expected) {
      problems.push({ reason: 'derived-file-hash-mismatch', subject: derived.role });
    }
  }
  const screenshot = capture.files.find((file) => file.role === 'page-screenshot')?.blob;
  const crop = capture.files.find((file) => file.role === 'post-crop')?.blob;
  const area = metadata?.target.cropArea;
  let cropReproduced: boolean | null = null;
  if (samePixels && screenshot && crop && area) {
    const recut = await checkCrop(screenshot, crop, area, samePixels);
    cropReproduced = recut.reproduced;
    problems.push(...recut.problems);
  }
  if (log.problems.length === 0)
    problems.push(...checkAnnotation(capture.annotation, captureId, log.entries));
  return { checks, cropReproduced, custody: log.entries, problems };
}

/** The SHA-256 of a value's canonical JSON, or null when it has none (a lone surrogate). */
async function canonicalHash(value: unknown): Promise<string | null> {
  let text: string;
  try {
    text = canonicalJson(value);
  } catch {
    return null;
  }
  return sha256Hex(text);
}
