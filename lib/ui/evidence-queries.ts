import type { CaptureRecord, EvidenceDatabase, FileRecord } from '../evidence/database';
import type { FileRole } from '../evidence/capture-metadata';

/** The latest captures with their thumbnails, newest first. */
export async function latestCaptures(database: EvidenceDatabase, limit: number) {
  const captures = await database.captures.orderBy('capturedAt').reverse().limit(limit).toArray();
  const thumbnails = await database.files.bulkGet(
    captures.map((capture) => `${capture.id}/thumbnail`),
  );
  return captures.map((capture, index) => ({ capture, thumbnail: thumbnails[index]?.blob }));
}

/** A capture with its file records, by role. */
export async function captureWithFiles(
  database: EvidenceDatabase,
  captureId: string,
): Promise<{ capture: CaptureRecord; files: Partial<Record<FileRole, FileRecord>> } | null> {
  const capture = await database.captures.get(captureId);
  if (!capture) return null;
  const files = await database.files.where('captureId').equals(captureId).toArray();
  return { capture, files: Object.fromEntries(files.map((file) => [file.role, file])) };
}
