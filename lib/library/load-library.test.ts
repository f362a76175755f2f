import { appendToEach } from '../evidence/append-custody';
import { openEvidenceDatabase, type EvidenceDatabase } from '../evidence/database';
import type { PostDetails } from '../sites/post-details';
import { openThread, sealThread, storeScreen } from '../thread/thread-store';
import { storeSampleCapture } from '../../tests/unit/sample-capture';
import { authorGroups, dossierCounts } from './author-dossier';
import { captureStatistics } from './statistics';
import { filterCaptures } from './filter-captures';
import { libraryRows, firstScreenRows } from './library-rows';
import { loadFirstScreen, loadIndex } from './load-library';

const post = (order: number, author: string, text: string) => ({
  key: `link:https://x.com/${author}/status/${order}`,
  order,
  details: {
    platform: 'x',
    extractor: 'x',
    kind: 'post',
    authorHandle: `@${author}`,
    permalink: `https://x.com/${author}/status/${order}`,
    text,
    published: { kind: 'unknown' },
    mediaUrls: [],
    missing: [],
  } satisfies PostDetails,
  screenIndex: 0,
  whole: true,
  cropArea: { x: 0, y: order * 100, width: 600, height: 100 },
});

/** A capture of a Reddit post, then a sealed three-post X thread after it. */
async function library(): Promise<{ database: EvidenceDatabase; threadId: string }> {
  const database = openEvidenceDatabase(`library-${crypto.randomUUID()}`);
  await storeSampleCapture(database);
  const threadId = crypto.randomUUID();
  await openThread(database, {
    id: threadId,
    url: 'https://x.com/a/status/0',
    title: 'Un fil',
    platform: 'x',
    scroller: 'page',
  });
  await storeScreen(
    database,
    {
      threadId,
      index: 0,
      capturedAt: new Date().toISOString(),
      scrollTop: 0,
      scrollHeight: 800,
      viewport: { width: 600, height: 800, devicePixelRatio: 1 },
      pageMoved: 0,
      blob: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }),
      width: 600,
      height: 800,
    },
    [
      post(0, 'troll', 'Première menace'),
      post(1, 'elodie', 'Réponse calme'),
      post(2, 'troll', 'Encore une insulte'),
    ],
  );
  await sealThread(database, threadId, 'cancelled');
  return { database, threadId };
}

describe('the library index', () => {
  it('lists a thread as one row that opens into its posts, which are counted as items', async () => {
    const { database, threadId } = await library();
    const index = await loadIndex(database, 'fr');
    expect(index.items).toHaveLength(4);
    const thread = index.threads.get(threadId)!;
    expect(thread).toMatchObject({ postCount: 3, status: 'cancelled', end: 'cancelled' });
    const closed = libraryRows(index.items, index.threads, new Set());
    expect(closed.map((row) => row.kind)).toEqual(['thread', 'capture']);
    const open = libraryRows(index.items, index.threads, new Set([threadId]));
    expect(open.map((row) => row.kind)).toEqual(['thread', 'post', 'post', 'post', 'capture']);
    expect(open[1]).toMatchObject({
      post: {
        author: '@troll',
        text: 'Première menace',
        crop: { screenId: `${threadId}/screen/0`, area: { y: 0, height: 100 } },
      },
    });
    expect(captureStatistics(index.items).byPlatform).toEqual([
      { key: 'x', count: 3 },
      { key: 'web', count: 1 },
    ]);
  });

  it.each([
    [{ text: 'insulte' }, 1, ['Encore une insulte']],
    [{ author: 'troll' }, 2, ['Première menace', 'Encore une insulte']],
    [{ platform: 'x' }, 3, ['Première menace', 'Réponse calme', 'Encore une insulte']],
    [{ authorKey: 'x|handle|elodie' }, 1, ['Réponse calme']],
  ])('finds posts by %o, and the thread row says how many match', async (filter, count, texts) => {
    const { database, threadId } = await library();
    const index = await loadIndex(database, 'en');
    const results = filterCaptures(index.items, filter);
    const rows = libraryRows(results, index.threads, new Set([threadId]));
    expect(rows[0]).toMatchObject({ kind: 'thread', matched: count });
    expect(rows.flatMap((row) => (row.kind === 'post' ? [row.post.text] : []))).toEqual(texts);
  });

  it('puts a sealed thread in the trash and a case beside its seal, which stays as it was', async () => {
    const { database, threadId } = await library();
    const sealed = await database.threads.get(threadId);
    await database.cases.add({ id: 'k', name: 'Raid', createdAt: new Date().toISOString() });
    await appendToEach(database, [threadId], { kind: 'case', data: { caseId: 'k', added: true } });
    await appendToEach(database, [threadId], { kind: 'trashed', data: {} });
    expect(await database.threads.get(threadId)).toEqual(sealed);
    const log = await database.custody.where('captureId').equals(threadId).sortBy('index');
    expect(log.map((entry) => entry.kind)).toEqual(['capture', 'case', 'trashed']);
    expect(log[0]).toMatchObject({ kind: 'capture', data: { metadataSha256: sealed!.sealSha256 } });
    const index = await loadIndex(database, 'fr');
    expect(filterCaptures(index.items, { caseId: 'k' })).toHaveLength(0);
    expect(filterCaptures(index.items, { trash: true, caseId: 'k' })).toHaveLength(3);
    await appendToEach(database, [threadId], { kind: 'restored', data: {} });
    const restored = await loadIndex(database, 'fr');
    expect(filterCaptures(restored.items, { caseId: 'k' })).toHaveLength(3);
  });

  it('gathers an author’s posts with their sealed hashes, grouped by author', async () => {
    const { database, threadId } = await library();
    const index = await loadIndex(database, 'fr');
    const troll = filterCaptures(index.items, { authorKey: 'x|handle|troll' });
    expect(dossierCounts(troll)).toEqual({ count: 2, captures: 0, posts: 2, threads: 1, cases: 0 });
    const groups = await authorGroups(database, filterCaptures(index.items, { platform: 'x' }));
    expect(groups.map((group) => [group.author, group.entries.length])).toEqual([
      ['@elodie', 1],
      ['@troll', 2],
    ]);
    const thread = await database.threads.get(threadId);
    const screen = await database.threadScreens.get(`${threadId}/screen/0`);
    expect(groups[1]!.entries[1]).toMatchObject({
      kind: 'post',
      text: 'Encore une insulte',
      sealSha256: thread!.sealSha256,
      screen: { sha256: screen!.seal.sha256, area: { y: 200 } },
    });
  });

  it('refuses to file a thread that is still running: nothing is sealed yet', async () => {
    const database = openEvidenceDatabase(`library-${crypto.randomUUID()}`);
    await openThread(database, {
      id: 't',
      url: 'https://x.com',
      title: '',
      platform: 'x',
      scroller: 'page',
    });
    await expect(appendToEach(database, ['t'], { kind: 'trashed', data: {} })).rejects.toThrow(
      'No capture t',
    );
  });

  it('shows the newest captures and threads first, without reading any post', async () => {
    const { database, threadId } = await library();
    const first = await loadFirstScreen(database, 40, 'fr');
    expect(first.complete).toBe(false);
    expect(first.items).toHaveLength(1);
    const rows = firstScreenRows(first.items, first.threads, 40);
    expect(rows.map((row) => row.kind)).toEqual(['thread', 'capture']);
    expect(rows[0]).toMatchObject({ thread: { id: threadId, postCount: 3 }, matched: 3 });
    expect(firstScreenRows(first.items, first.threads, 1)).toHaveLength(1);
  });
});
