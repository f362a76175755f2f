import { blobToDataUrl } from '../capture/image-files';
import { openEvidenceDatabase } from '../evidence/database';
import type { PostDetails } from '../sites/post-details';
import { pngOf } from '../verification/testing/png-pixels';
import { createScreenWriter, endOfFailure } from './screen-writer';
import type { ThreadPost } from './thread-posts';
import { openThread, sealThread } from './thread-store';

const details: PostDetails = {
  platform: 'discord',
  extractor: 'discord',
  kind: 'chat-message',
  published: { kind: 'unknown' },
  mediaUrls: [],
  missing: [],
};
const post = (order: number, screenIndex: number): ThreadPost => ({
  key: `id:discord:${order}`,
  order,
  details,
  screenIndex,
  rectangle: { x: 2, y: 4, width: 10, height: 8 },
  whole: true,
});
const shot = (index: number) => ({
  index,
  capturedAt: new Date().toISOString(),
  scrollTop: index * 20,
  scrollHeight: 200,
  viewport: { width: 30, height: 24, devicePixelRatio: 1 },
  scrollerArea: { x: 0, y: 0, width: 30, height: 24 },
  pageMoved: 0,
});

async function thread() {
  const database = openEvidenceDatabase(`writer-${crypto.randomUUID()}`);
  const id = crypto.randomUUID();
  await openThread(database, {
    id,
    url: 'https://d.test/',
    title: 'Salon',
    platform: 'discord',
    scroller: 'element',
  });
  const dataUrl = await blobToDataUrl(
    new Blob([new Uint8Array(pngOf(30, 24, () => [10, 20, 30, 255]))], { type: 'image/png' }),
  );
  return { database, id, dataUrl };
}

describe('the screen writer', () => {
  it('stores every screen whole, in order, with the crops cut for its posts', async () => {
    const { database, id, dataUrl } = await thread();
    const cut: number[][] = [];
    const writer = createScreenWriter(database, id, async (_thread, screen, crops) => {
      cut.push(crops.map((crop) => crop.order));
      expect(screen.sha256).toMatch(/^[0-9a-f]{64}$/);
      return [];
    });
    for (const index of [0, 1, 2]) writer.write(dataUrl, shot(index), [post(index, index)]);
    expect(await writer.settle()).toBeNull();
    expect(writer.stored).toBe(3);
    expect(cut).toEqual([[0], [1], [2]]);
    const screens = await database.threadScreens.toArray();
    expect(screens.map((screen) => screen.seal.scrollerArea)).toEqual(
      [0, 1, 2].map((index) => shot(index).scrollerArea),
    );
  });

  it('stops at a full disk, says so, and keeps the screens stored before it whole', async () => {
    const { database, id, dataUrl } = await thread();
    const add = database.threadScreens.add.bind(database.threadScreens);
    let calls = 0;
    database.threadScreens.add = ((...values: Parameters<typeof add>) => {
      calls += 1;
      if (calls === 3)
        return Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
      return add(...values);
    }) as typeof add;
    const writer = createScreenWriter(database, id, async () => []);
    for (const index of [0, 1, 2, 3]) writer.write(dataUrl, shot(index), [post(index, index)]);
    const end = await writer.settle();

    expect(end).toBe('storage-failed');
    expect(writer.failed).toBe(true);
    expect(writer.stored).toBe(2);
    expect(calls).toBe(3);
    // The refused screen took its posts with it; nothing after it was tried.
    expect((await database.threadScreens.toArray()).map((screen) => screen.index)).toEqual([0, 1]);
    expect((await database.threadPosts.toArray()).map((one) => one.order)).toEqual([0, 1]);
    const seal = await sealThread(database, id, end!);
    expect(seal).toMatchObject({ status: 'interrupted', end: 'storage-failed' });
    expect(seal!.screens.map((screen) => screen.index)).toEqual([0, 1]);
  });

  it.each([
    [new DOMException('Quota exceeded', 'QuotaExceededError'), 'storage-failed'],
    [new Error('No tab with id: 4'), 'tab-closed'],
    [new Error('Unexpected'), 'screenshot-failed'],
  ] as const)('ends a thread on %s as %s', (error, end) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(endOfFailure(error)).toBe(end);
  });
});
