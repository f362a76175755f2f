import { appendCustody } from './append-custody';
import type { EvidenceDatabase } from './database';

/**
 * Deletes every image file of a capture filed under child sexual abuse: the law forbids
 * keeping such images, even as evidence. The sealed metadata (addresses, text, the images'
 * hashes) stays, and the custody log records which files were deleted and their hashes, in the
 * same transaction as the deletion.
 */
export async function deleteCaptureImages(
  database: EvidenceDatabase,
  captureId: string,
  at: Date = new Date(),
): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await deleteOnce(database, captureId, at);
    } catch (error) {
      if (!(error instanceof FilesChangedError) || attempt === 3) throw error;
    }
  }
}

class FilesChangedError extends Error {}

async function deleteOnce(database: EvidenceDatabase, captureId: string, at: Date) {
  const files = await database.files.where('captureId').equals(captureId).toArray();
  if (!files.length) return 0;
  const ids = files.map((file) => file.id);
  await appendCustody(
    database,
    captureId,
    [
      {
        kind: 'images-deleted',
        data: {
          reason: 'child-abuse-category',
          files: files.map(({ role, sha256 }) => ({ role, sha256 })),
        },
      },
    ],
    {
      at,
      async alongside() {
        // A derived crop written since the files were read would escape the deletion.
        const now = await database.files.where('captureId').equals(captureId).primaryKeys();
        if (now.length !== ids.length) throw new FilesChangedError();
        await database.files.bulkDelete(ids);
      },
    },
  );
  return files.length;
}
