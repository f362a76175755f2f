import type { CaptureRecord, EvidenceDatabase, FileRecord } from '../evidence/database';
import type { Annotation } from '../evidence/annotation';
import type { FileRole } from '../evidence/capture-metadata';

/** The latest captures with their thumbnails, newest first. */
export async function latestCaptures(database: EvidenceDatabase, limit: number) {
  const captures = await database.captures.orderBy('capturedAt').reverse().limit(limit).toArray();
  const ids = captures.map((capture) => capture.id);
  const [thumbnails, annotations] = await Promise.all([
    database.files.bulkGet(ids.map((id) => `${id}/thumbnail`)),
    database.annotations.bulkGet(ids),
  ]);
  return captures.map((capture, index) => ({
    capture,
    thumbnail: thumbnails[index]?.blob,
    annotation: annotations[index],
  }));
}

/** A capture with its file records, by role, and what was recorded about it since. */
export async function captureWithFiles(
  database: EvidenceDatabase,
  captureId: string,
): Promise<{
  capture: CaptureRecord;
  files: Partial<Record<FileRole, FileRecord>>;
  annotation: Annotation | undefined;
} | null> {
  const capture = await database.captures.get(captureId);
  if (!capture) return null;
  const [files, annotation] = await Promise.all([
    database.files.where('captureId').equals(captureId).toArray(),
    database.annotations.get(captureId),
  ]);
  return {
    capture,
    files: Object.fromEntries(files.map((file) => [file.role, file])),
    annotation,
  };
}
