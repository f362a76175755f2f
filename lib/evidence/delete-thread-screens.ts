import { appendCustody } from './append-custody';
import type { EvidenceDatabase } from './database';

/**
 * Deletes a thread's images, for child sexual abuse: the law forbids keeping them, even as
 * evidence. The screens go, and with them every picture made from them (the stitched parts
 * and the posts' crops); the thread's custody log records which files went and their hashes,
 * in the same transaction. The sealed thread record keeps every screen's and part's hash, and
 * its posts keep their addresses and texts. Returns how many images were deleted.
 */
export async function deleteThreadScreens(
  database: EvidenceDatabase,
  threadId: string,
  at: Date = new Date(),
): Promise<number> {
  const screens = () =>
    database.threadScreens.where('[threadId+index]').between([threadId, 0], [threadId, Infinity]);
  const files = () =>
    database.threadFiles
      .where('[threadId+role+order]')
      .between([threadId, '', 0], [threadId, '\uffff', Infinity]);
  const remove = () => Promise.all([screens().delete(), files().delete()]);
  const [thread, screenList, fileList] = await Promise.all([
    database.threads.get(threadId),
    screens().toArray(),
    files().toArray(),
  ]);
  if (!screenList.length && !fileList.length) return 0;
  // A thread not sealed yet has no log to write in; its images go all the same.
  if (!thread?.sealSha256) {
    await database.transaction('rw', [database.threadScreens, database.threadFiles], remove);
    return screenList.length + fileList.length;
  }
  await appendCustody(
    database,
    threadId,
    [
      {
        kind: 'images-deleted',
        data: {
          reason: 'child-abuse-category',
          files: [
            ...screenList.map(({ seal }) => ({
              role: 'thread-screen' as const,
              sha256: seal.sha256,
            })),
            ...fileList.map(({ role, sha256 }) => ({ role, sha256 })),
          ],
        },
      },
    ],
    // A sealed thread gets no new image, so what was read is what goes and is listed.
    { at, alongside: remove },
  );
  return screenList.length + fileList.length;
}
