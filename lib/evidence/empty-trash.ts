import { appendCustody } from './append-custody';
import type { EvidenceDatabase } from './database';
import { threadContents } from '../thread/thread-contents';

export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Deletes for good the captures and threads in the trash: all of them, or only those trashed
 * more than 30 days ago. Each one's record and files go in one transaction with a custody
 * entry that keeps their hashes; the custody log itself is kept.
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
    const deletion =
      (await captureDeletion(database, captureId)) ?? (await threadDeletion(database, captureId));
    if (!deletion) continue;
    await appendCustody(database, captureId, [{ kind: 'emptied', data: deletion.hashes }], {
      at: now,
      alongside: deletion.delete,
    });
    emptied += 1;
  }
  return emptied;
}

type Deletion = {
  hashes: { metadataSha256: string; files: Array<{ role: FileRole; sha256: string }> };
  delete: () => Promise<unknown>;
};
type FileRole = 'page-screenshot' | 'post-crop' | 'thumbnail' | 'thread-screen' | 'stitched';

async function captureDeletion(database: EvidenceDatabase, captureId: string) {
  const capture = await database.captures.get(captureId);
  if (!capture) return undefined;
  const files = await database.files.where('captureId').equals(captureId).toArray();
  return {
    hashes: {
      metadataSha256: capture.metadataSha256,
      files: files.map(({ role, sha256 }) => ({ role, sha256 })),
    },
    async delete() {
      await database.files.bulkDelete(files.map((file) => file.id));
      await database.captures.delete(captureId);
    },
  } satisfies Deletion;
}

/** A sealed thread: its seal's hash, then every screen's, stitched part's and crop's. */
async function threadDeletion(database: EvidenceDatabase, threadId: string) {
  const { thread, screens, posts, files } = await threadContents(database, threadId);
  if (!thread?.sealSha256) return undefined;
  return {
    hashes: {
      metadataSha256: thread.sealSha256,
      files: [
        ...screens.map((screen) => ({
          role: 'thread-screen' as const,
          sha256: screen.seal.sha256,
        })),
        ...files.map(({ role, sha256 }) => ({ role, sha256 })),
      ],
    },
    async delete() {
      await database.threadScreens.bulkDelete(screens.map((screen) => screen.id));
      await database.threadPosts.bulkDelete(posts.map((post) => post.id));
      await database.threadFiles.bulkDelete(files.map((file) => file.id));
      await database.threads.delete(threadId);
    },
  } satisfies Deletion;
}
