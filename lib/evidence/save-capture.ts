import { canonicalJson } from './canonical-json';
import { captureMetadataSchema, type CaptureMetadata, type FileRole } from './capture-metadata';
import type { CaptureRecord, EvidenceDatabase } from './database';
import { hostOf } from './host-of';
import { markStage } from '../capture/stage-marks';
import { sha256Hex } from './sha256';
import { withWellFormedText } from './well-formed-text';

export interface CaptureFile {
  role: FileRole;
  blob: Blob;
  width: number;
  height: number;
  /** The SHA-256 of the Blob's bytes, when the caller hashed them already. */
  sha256?: string;
}

export type UnsealedMetadata = Omit<CaptureMetadata, 'files' | 'loneSurrogatesReplaced'>;

/**
 * Hashes every file, seals the metadata with the files' hashes and writes the capture and its
 * files in one transaction: either all of it is stored or none of it is. Half characters in
 * the page's text are replaced with U+FFFD first, and the fields named in the seal.
 */
export async function saveCapture({
  database,
  metadata,
  files,
}: {
  database: EvidenceDatabase;
  metadata: UnsealedMetadata;
  files: CaptureFile[];
}): Promise<{ metadata: CaptureMetadata; metadataSha256: string }> {
  const hashed = await Promise.all(
    files.map(async (file) => ({ ...file, sha256: file.sha256 ?? (await sha256Hex(file.blob)) })),
  );
  markStage('hashed');
  const { value: wellFormed, repairedFields } = withWellFormedText(metadata);
  const sealed = captureMetadataSchema.parse({
    ...wellFormed,
    ...(repairedFields.length > 0 ? { loneSurrogatesReplaced: repairedFields } : {}),
    files: hashed.map((file) => ({
      role: file.role,
      mimeType: file.blob.type,
      byteLength: file.blob.size,
      width: file.width,
      height: file.height,
      sha256: file.sha256,
    })),
  });
  const metadataSha256 = await sha256Hex(canonicalJson(sealed));
  markStage('sealed');
  await database.transaction('rw', database.captures, database.files, async () => {
    await database.captures.add(captureRecordOf(sealed, metadataSha256));
    await database.files.bulkAdd(
      hashed.map((file) => ({
        id: `${sealed.id}/${file.role}`,
        captureId: sealed.id,
        role: file.role,
        mimeType: file.blob.type,
        blob: file.blob,
        sha256: file.sha256,
      })),
    );
  });
  markStage('committed');
  return { metadata: sealed, metadataSha256 };
}

/** The stored record of sealed metadata, with the fields the store indexes. */
export function captureRecordOf(sealed: CaptureMetadata, metadataSha256: string): CaptureRecord {
  return {
    id: sealed.id,
    capturedAt: sealed.time.capturedAt,
    host: hostOf(sealed.page.url),
    ...(sealed.post?.permalink ? { postPermalink: sealed.post.permalink } : {}),
    metadata: sealed,
    metadataSha256,
  };
}
