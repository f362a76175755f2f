import { appendCustody } from './append-custody';
import type { EvidenceDatabase } from './database';

export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Deletes for good the captures in the trash: all of them, or only those trashed more than
 * 30 days ago. Each capture's record and files go in one transaction with a custody entry
 * that keeps their hashes; the custody log itself is kept.
 */
export async function emptyTrash(
  database: EvidenceDatabase,
  { now = new Date(), onlyExpired = false }: { now?: Date; onlyExpired?: boolean } = {},
): Promise<number> {
  const limit = new Date(now.getTime() - TRASH_DAYS * DAY_MS).toISOString();
  const inTrash = onlyExpired
    ? database.annotations.where('trashedAt').belowOrEqual(limit)
    : database.annotations.where('trashedAt').above('');
  const trashed = (await inTrash.toArray()).filter((annotation) => !annotation.emptiedAt);
  let emptied = 0;
  for (const { captureId } of trashed) {
    const capture = await database.captures.get(captureId);
    if (!capture) continue;
    const files = await database.files.where('captureId').equals(captureId).toArray();
    await appendCustody(
      database,
      captureId,
      [
        {
          kind: 'emptied',
          data: {
            metadataSha256: capture.metadataSha256,
            files: files.map(({ role, sha256 }) => ({ role, sha256 })),
          },
        },
      ],
      {
        at: now,
        async alongside() {
          await database.files.bulkDelete(files.map((file) => file.id));
          await database.captures.delete(captureId);
        },
      },
    );
    emptied += 1;
  }
  return emptied;
}
