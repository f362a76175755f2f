import { sampleThread } from '../thread/testing/sample-thread';
import { storeSampleCapture } from '../../tests/unit/sample-capture';
import { captureItem, postItem, threadItem } from './item-summary';
import { loadFirstScreen, loadIndex } from './load-library';
import { repairSummaries } from './repair-summaries';

/** A library of one capture and one sealed three-post thread. */
async function library() {
  const { database, threadId } = await sampleThread();
  const captureId = await storeSampleCapture(database);
  return { database, threadId, captureId };
}

describe('the summary table', () => {
  it('holds one summary per capture, thread and post, derived from each as it is written', async () => {
    const { database, threadId, captureId } = await library();
    const capture = await database.captures.get(captureId);
    const thread = await database.threads.get(threadId);
    const posts = await database.threadPosts.toArray();
    const expected = [captureItem(capture!), threadItem(thread!), ...posts.map(postItem)];
    const stored = await database.summaries.toArray();
    expect(stored).toHaveLength(5);
    expect(stored).toEqual(expect.arrayContaining(expected));
    // The sealed thread's summary says so: it was rewritten when the thread was sealed.
    expect(await database.summaries.get(threadId)).toMatchObject({
      status: 'complete',
      sealed: true,
      sealedPosts: 3,
    });
  });

  it.each([
    ['deleted one by one', (ids: string[]) => ({ keys: ids })],
    ['cleared', () => 'clear' as const],
  ])('loses a capture’s summary when the capture is %s', async (_, how) => {
    const { database, captureId } = await library();
    const plan = how([captureId]);
    if (plan === 'clear') await database.captures.clear();
    else await database.captures.bulkDelete(plan.keys);
    expect(await database.summaries.get(captureId)).toBeUndefined();
    expect(await database.summaries.count()).toBe(4);
  });

  it('writes no summary when the capture’s own transaction fails', async () => {
    const { database, captureId } = await library();
    const capture = await database.captures.get(captureId);
    const copy = { ...capture!, id: 'copy' };
    await expect(
      database.transaction('rw', database.captures, async () => {
        await database.captures.add(copy);
        throw new Error('stopped');
      }),
    ).rejects.toThrow('stopped');
    expect(await database.summaries.get('copy')).toBeUndefined();
  });

  it('is made again from the sealed records when missing or wrong, to the same index', async () => {
    const { database, threadId, captureId } = await library();
    const before = await loadIndex(database, 'fr');
    expect(await repairSummaries(database)).toBe(0);
    // Written around the middleware, as a store from another version could be.
    await database.summaries.bulkDelete([captureId, `${threadId}/post/1`]);
    const thread = threadItem((await database.threads.get(threadId))!);
    await database.table('summaries').put({ ...thread, status: 'running', sealed: false });
    await database.summaries.add({
      ...(await database.summaries.get(`${threadId}/post/0`))!,
      id: 'gone',
    });
    expect(await repairSummaries(database)).toBe(4);
    expect(await repairSummaries(database)).toBe(0);
    expect(await loadIndex(database, 'fr')).toEqual(before);
  });

  it('gives the first screen from summaries alone: no sealed record is read', async () => {
    const { database, threadId, captureId } = await library();
    const captures = await database.captures.toArray();
    // Were the sealed records read, these would fail to summarise.
    await database.transaction('rw', database.captures, database.summaries, async () => {
      const saved = await database.summaries.bulkGet([captureId]);
      await database.captures.bulkPut(
        captures.map((capture) => ({ ...capture, metadata: {} as typeof capture.metadata })),
      );
      await database.summaries.bulkPut(saved.map((summary) => summary!));
    });
    const first = await loadFirstScreen(database, 40, 'en');
    expect(first.items.map((item) => item.id)).toEqual([captureId]);
    expect([...first.threads.keys()]).toEqual([threadId]);
  });
});
