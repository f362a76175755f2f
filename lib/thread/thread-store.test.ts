import { canonicalJson } from '../evidence/canonical-json';
import { openEvidenceDatabase } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import type { PostDetails } from '../sites/post-details';
import {
  abandonedThreads,
  openThread,
  recordResumption,
  sealThread,
  storeScreen,
} from './thread-store';

const details: PostDetails = {
  platform: 'x',
  extractor: 'x',
  kind: 'post',
  published: { kind: 'unknown' },
  mediaUrls: [],
  missing: [],
};

async function startedThread() {
  const database = openEvidenceDatabase(`threads-${crypto.randomUUID()}`);
  const id = crypto.randomUUID();
  await openThread(database, {
    id,
    url: 'https://x.com/a/status/1',
    title: 'Fil',
    platform: 'x',
    scroller: 'page',
  });
  const screen = (index: number) => ({
    threadId: id,
    index,
    capturedAt: new Date().toISOString(),
    scrollTop: index * 700,
    scrollHeight: 5000,
    viewport: { width: 1000, height: 800, devicePixelRatio: 1 },
    pageMoved: 0,
    blob: new Blob([new Uint8Array([137, 80, 78, 71, index])], { type: 'image/png' }),
    width: 1000,
    height: 800,
  });
  const post = (order: number, screenIndex: number) => ({
    key: `link:https://x.com/a/status/${order}`,
    order,
    details: { ...details, permalink: `https://x.com/a/status/${order}` },
    screenIndex,
    whole: true,
  });
  await storeScreen(database, screen(0), [post(0, 0), post(1, 0)]);
  await storeScreen(database, screen(1), [post(2, 1)]);
  return { database, id };
}

describe('the thread store', () => {
  it('keeps each screen byte for byte with a sealed description that verifies', async () => {
    const { database, id } = await startedThread();
    const screens = await database.threadScreens.toArray();
    expect(screens.map((screen) => screen.index)).toEqual([0, 1]);
    for (const screen of screens) {
      expect(screen.seal.sha256).toBe(await sha256Hex(screen.blob));
      expect(screen.sealSha256).toBe(await sha256Hex(canonicalJson(screen.seal)));
      expect(screen.threadId).toBe(id);
    }
  });

  it.each([
    ['end-of-thread', 'complete'],
    ['cancelled', 'cancelled'],
    ['screen-limit', 'interrupted'],
    ['tab-closed', 'interrupted'],
  ] as const)(
    'seals a thread ended by %s as %s, listing its screens and posts',
    async (end, status) => {
      const { database, id } = await startedThread();
      const seal = await sealThread(database, id, end);
      const stored = await database.threads.get(id);
      expect(stored).toMatchObject({ status, end, seal });
      expect(seal!.screens.map((screen) => screen.index)).toEqual([0, 1]);
      expect(seal!.posts).toEqual([0, 1, 2].map((order) => `link:https://x.com/a/status/${order}`));
      expect(stored!.sealSha256).toBe(await sha256Hex(canonicalJson(seal)));
    },
  );

  it('seals the count the page announced and the stitched picture’s parts', async () => {
    const { database, id } = await startedThread();
    await database.threads.update(id, { announced: 240 });
    const parts = [{ part: 0, sha256: 'a'.repeat(64), width: 1000, height: 1500 }];
    const seal = await sealThread(database, id, 'end-of-thread', async () => parts);
    expect(seal).toMatchObject({ announced: 240, stitched: parts });
    expect((await database.threads.get(id))!.sealSha256).toBe(await sha256Hex(canonicalJson(seal)));
  });

  it('seals without a picture when the stitching fails, keeping every screen', async () => {
    const { database, id } = await startedThread();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const seal = await sealThread(database, id, 'end-of-thread', () =>
      Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
    );
    expect(seal).toMatchObject({ status: 'complete' });
    expect(seal).not.toHaveProperty('stitched');
    expect(seal!.screens).toHaveLength(2);
  });

  it('seals a thread once: a second end changes nothing', async () => {
    const { database, id } = await startedThread();
    await sealThread(database, id, 'cancelled');
    expect(await sealThread(database, id, 'tab-closed')).toBeNull();
    expect((await database.threads.get(id))!.end).toBe('cancelled');
  });

  it('finds the threads a stopped worker left running, and seals their resumption', async () => {
    const { database, id } = await startedThread();
    expect((await abandonedThreads(database)).map((thread) => thread.id)).toEqual([id]);
    await recordResumption(database, id, 2);
    const seal = await sealThread(database, id, 'end-of-thread');
    expect(seal!.resumed).toEqual([{ at: expect.any(String), afterScreens: 2 }]);
    expect(seal!.screens).toHaveLength(2);
    expect(await abandonedThreads(database)).toEqual([]);
    // A thread sealed meanwhile is not taken up again.
    await expect(recordResumption(database, id, 2)).rejects.toThrow();
  });

  it('stores nothing of a screen whose posts cannot be written', async () => {
    const { database, id } = await startedThread();
    const broken = {
      key: 'k',
      order: 9,
      details: { ...details, text: () => 0 } as unknown as PostDetails,
      screenIndex: 2,
      whole: true,
    };
    await expect(
      storeScreen(
        database,
        {
          threadId: id,
          index: 2,
          capturedAt: new Date().toISOString(),
          scrollTop: 0,
          scrollHeight: 1,
          viewport: { width: 1, height: 1, devicePixelRatio: 1 },
          pageMoved: 0,
          blob: new Blob([new Uint8Array([1])], { type: 'image/png' }),
          width: 1,
          height: 1,
        },
        [broken],
      ),
    ).rejects.toThrow();
    expect(await database.threadScreens.count()).toBe(2);
  });
});
