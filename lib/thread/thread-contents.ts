import type { EvidenceDatabase } from '../evidence/database';

/** A thread's record, screens, posts and derived files, each in its order, as stored. */
export async function threadContents(database: EvidenceDatabase, threadId: string) {
  const range = [
    [threadId, 0],
    [threadId, Infinity],
  ] as const;
  const [thread, screens, posts, files] = await database.transaction(
    'r',
    [database.threads, database.threadScreens, database.threadPosts, database.threadFiles],
    () =>
      Promise.all([
        database.threads.get(threadId),
        database.threadScreens
          .where('[threadId+index]')
          .between(...range)
          .toArray(),
        database.threadPosts
          .where('[threadId+order]')
          .between(...range)
          .toArray(),
        database.threadFiles
          .where('[threadId+role+order]')
          .between([threadId, '', 0], [threadId, '\uffff', Infinity])
          .toArray(),
      ]),
  );
  return { thread, screens, posts, files };
}
