import type { EvidenceDatabase } from './database';

/**
 * Deletes a thread's screens, for child sexual abuse: the law forbids keeping the images,
 * even as evidence. The sealed thread record keeps every screen's hash, and its posts keep
 * their addresses and texts. Returns how many screens were deleted.
 */
export async function deleteThreadScreens(
  database: EvidenceDatabase,
  threadId: string,
): Promise<number> {
  return database.threadScreens
    .where('[threadId+index]')
    .between([threadId, 0], [threadId, Infinity])
    .delete();
}
