import type { EvidenceDatabase } from './database';

/**
 * Deletes a thread's images, for child sexual abuse: the law forbids keeping them, even as
 * evidence. The screens go, and with them, in the same transaction, every picture made from
 * them (the stitched parts and the posts' crops). The sealed thread record keeps every
 * screen's and part's hash, and its posts keep their addresses and texts. Returns how many
 * images were deleted.
 */
export async function deleteThreadScreens(
  database: EvidenceDatabase,
  threadId: string,
): Promise<number> {
  return database.transaction('rw', [database.threadScreens, database.threadFiles], async () => {
    const screens = await database.threadScreens
      .where('[threadId+index]')
      .between([threadId, 0], [threadId, Infinity])
      .delete();
    const files = await database.threadFiles
      .where('[threadId+role+order]')
      .between([threadId, '', 0], [threadId, '\uffff', Infinity])
      .delete();
    return screens + files;
  });
}
