import { canonicalJson } from '../evidence/canonical-json';
import { appendCustody } from '../evidence/append-custody';
import type { EvidenceDatabase } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import type { RevealClick } from './reveal-everything';
import type { ThreadPost } from './thread-posts';
import type {
  SealedThread,
  ThreadEnd,
  ThreadFileRecord,
  ThreadPostRecord,
  ThreadRecord,
  ThreadScreenRecord,
} from './thread-records';

export type NewThread = Pick<
  ThreadRecord,
  'id' | 'url' | 'title' | 'platform' | 'scroller' | 'announced' | 'filteredBy' | 'tabId'
>;

/** Files cut from a screen once its hash is known (its posts' crops), stored with it. */
export type DeriveFromScreen = (screen: {
  index: number;
  blob: Blob;
  sha256: string;
}) => Promise<ThreadFileRecord[]>;

/** Writes the thread's record as it starts, so a stopped worker leaves a trace to finish. */
export async function openThread(database: EvidenceDatabase, thread: NewThread): Promise<void> {
  await database.threads.add({ ...thread, status: 'running', startedAt: new Date().toISOString() });
}

/** Keeps the clicks « Révéler tout » made, before the first screen, for the seal. */
export async function recordRevealed(
  database: EvidenceDatabase,
  threadId: string,
  clicks: readonly RevealClick[],
): Promise<void> {
  await database.threads.update(threadId, { revealed: [...clicks] });
}

/**
 * Stores one screen, byte for byte with its sealed description, the posts it brought or
 * placed better and their crops, in one transaction: a screen is either all there or not at
 * all.
 */
export async function storeScreen(
  database: EvidenceDatabase,
  screen: Omit<ThreadScreenRecord['seal'], 'schema' | 'sha256' | 'byteLength' | 'mimeType'> & {
    blob: Blob;
  },
  posts: ReadonlyArray<Omit<ThreadPostRecord, 'id' | 'threadId'>>,
  derive: DeriveFromScreen = async () => [],
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
  const files = await derive({ index: screen.index, blob, sha256: seal.sha256 });
  const tables = [database.threadScreens, database.threadPosts, database.threadFiles];
  await database.transaction('rw', tables, async () => {
    await database.threadScreens.add(record);
    await database.threadFiles.bulkPut(files);
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

/** Makes the thread's stitched picture from its stored screens (stitch-thread.ts). */
export type Stitch = (
  database: EvidenceDatabase,
  threadId: string,
) => Promise<NonNullable<SealedThread['stitched']>>;

/**
 * Seals a thread as it ends, from what the store holds (not from memory, so a thread a
 * stopped worker left is sealed the same way): its screens' hashes, its posts in order, the
 * count the page announced and its stitched picture's parts. A stitching that fails (a full
 * disk) leaves the seal without a picture, never without the screens.
 */
export async function sealThread(
  database: EvidenceDatabase,
  threadId: string,
  end: ThreadEnd,
  stitch?: Stitch,
): Promise<SealedThread | null> {
  const thread = await database.threads.get(threadId);
  if (!thread || thread.status !== 'running') return null;
  const stitched = stitch
    ? await stitch(database, threadId).catch((error: unknown) => {
        console.error('Thread stitching failed', error);
        return undefined;
      })
    : undefined;
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
    ...(thread.announced === undefined ? {} : { announced: thread.announced }),
    ...(thread.revealed?.length ? { revealed: thread.revealed } : {}),
    ...(stitched ? { stitched } : {}),
    ...(thread.resumed ? { resumed: thread.resumed } : {}),
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
  if (!sealed) return null;
  // The thread's custody log opens with its seal; the page's clicks are its first entries.
  if (seal.revealed) {
    await appendCustody(
      database,
      threadId,
      seal.revealed.map(({ at, ...click }) => ({
        kind: 'page-click' as const,
        data: { ...click, clickedAt: at },
      })),
    );
  }
  return seal;
}

/** The threads a stopped worker left running. */
export function abandonedThreads(database: EvidenceDatabase): Promise<ThreadRecord[]> {
  return database.threads.where('status').equals('running').toArray();
}

/** Records, before going on, that a restarted worker takes the thread up again. */
export async function recordResumption(
  database: EvidenceDatabase,
  threadId: string,
  afterScreens: number,
): Promise<void> {
  await database.transaction('rw', database.threads, async () => {
    const thread = await database.threads.get(threadId);
    if (thread?.status !== 'running') throw new Error('The thread is no longer running');
    const resumed = [...(thread.resumed ?? []), { at: new Date().toISOString(), afterScreens }];
    await database.threads.put({ ...thread, resumed });
  });
}
