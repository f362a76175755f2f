import { canonicalJson } from '../evidence/canonical-json';
import type { EvidenceDatabase } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import type { ThreadPost } from './thread-posts';
import type {
  SealedThread,
  ThreadEnd,
  ThreadPostRecord,
  ThreadRecord,
  ThreadScreenRecord,
} from './thread-records';

export type NewThread = Pick<
  ThreadRecord,
  'id' | 'url' | 'title' | 'platform' | 'scroller' | 'filteredBy'
>;

/** Writes the thread's record as it starts, so a stopped worker leaves a trace to finish. */
export async function openThread(database: EvidenceDatabase, thread: NewThread): Promise<void> {
  await database.threads.add({ ...thread, status: 'running', startedAt: new Date().toISOString() });
}

/**
 * Stores one screen, byte for byte with its sealed description, and the posts it brought or
 * placed better, in one transaction: a screen is either all there or not at all.
 */
export async function storeScreen(
  database: EvidenceDatabase,
  screen: Omit<ThreadScreenRecord['seal'], 'schema' | 'sha256' | 'byteLength' | 'mimeType'> & {
    blob: Blob;
  },
  posts: ReadonlyArray<Omit<ThreadPostRecord, 'id' | 'threadId'>>,
): Promise<ThreadScreenRecord> {
  const { blob, ...described } = screen;
  const seal: ThreadScreenRecord['seal'] = {
    schema: 'temoin.thread-screen/1',
    ...described,
    mimeType: blob.type,
    byteLength: blob.size,
    sha256: await sha256Hex(blob),
  };
  const record: ThreadScreenRecord = {
    id: `${screen.threadId}/screen/${screen.index}`,
    threadId: screen.threadId,
    index: screen.index,
    blob,
    seal,
    sealSha256: await sha256Hex(canonicalJson(seal)),
  };
  await database.transaction('rw', database.threadScreens, database.threadPosts, async () => {
    await database.threadScreens.add(record);
    await database.threadPosts.bulkPut(
      posts.map((post) => ({
        ...post,
        id: `${screen.threadId}/post/${post.order}`,
        threadId: screen.threadId,
      })),
    );
  });
  return record;
}

/** The post records of a thread's posts, as the thread saw them. */
export function postRecordOf(post: ThreadPost, cropArea: ThreadPostRecord['cropArea']) {
  return {
    key: post.key,
    order: post.order,
    details: post.details,
    screenIndex: post.screenIndex,
    whole: post.whole,
    ...(cropArea ? { cropArea } : {}),
  };
}

/**
 * Seals a thread as it ends, from what the store holds (not from memory, so a thread a
 * stopped worker left is sealed the same way): its screens' hashes and its posts in order.
 */
export async function sealThread(
  database: EvidenceDatabase,
  threadId: string,
  end: ThreadEnd,
): Promise<SealedThread | null> {
  const thread = await database.threads.get(threadId);
  if (!thread || thread.status !== 'running') return null;
  const [screens, posts] = await Promise.all([
    database.threadScreens
      .where('[threadId+index]')
      .between([threadId, 0], [threadId, Infinity])
      .toArray(),
    database.threadPosts
      .where('[threadId+order]')
      .between([threadId, 0], [threadId, Infinity])
      .toArray(),
  ]);
  const seal: SealedThread = {
    schema: 'temoin.thread/1',
    id: threadId,
    status:
      end === 'end-of-thread' ? 'complete' : end === 'cancelled' ? 'cancelled' : 'interrupted',
    end,
    startedAt: thread.startedAt,
    endedAt: new Date().toISOString(),
    url: thread.url,
    title: thread.title,
    platform: thread.platform,
    ...(thread.filteredBy ? { filteredBy: thread.filteredBy } : {}),
    screens: screens.map((screen) => ({
      index: screen.index,
      sha256: screen.seal.sha256,
      sealSha256: screen.sealSha256,
    })),
    posts: posts.map((post) => post.key),
  };
  // Hashed before the transaction: one that awaits anything but the store closes early.
  const sealSha256 = await sha256Hex(canonicalJson(seal));
  const sealed = await database.transaction('rw', database.threads, async () => {
    const current = await database.threads.get(threadId);
    if (current?.status !== 'running') return false;
    await database.threads.put({
      ...current,
      status: seal.status,
      end,
      endedAt: seal.endedAt,
      seal,
      sealSha256,
    });
    return true;
  });
  return sealed ? seal : null;
}

/** Seals the threads a stopped worker left running: what they stored is kept. */
export async function sealAbandonedThreads(database: EvidenceDatabase): Promise<number> {
  const running = await database.threads.where('status').equals('running').primaryKeys();
  for (const id of running) await sealThread(database, id, 'worker-stopped');
  return running.length;
}
