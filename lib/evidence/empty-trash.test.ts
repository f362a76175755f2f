import { storeSampleCapture } from '../../tests/unit/sample-capture';
import { sampleThread } from '../thread/testing/sample-thread';
import { sha256Hex } from './sha256';
import { appendCustody } from './append-custody';
import { openEvidenceDatabase } from './database';
import { emptyTrash } from './empty-trash';
import { verifyCustodyChain } from './verify-custody';

describe('emptyTrash', () => {
  let database: ReturnType<typeof openEvidenceDatabase>;
  beforeEach(() => {
    database = openEvidenceDatabase(`trash-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await database.delete();
  });

  async function trashed(at: string) {
    const id = await storeSampleCapture(database);
    await appendCustody(database, id, [{ kind: 'trashed', data: {} }], { at: new Date(at) });
    return id;
  }

  it('deletes after 30 days only what has been in the trash that long, keeping logs and hashes', async () => {
    const old = await trashed('2026-10-01T00:00:00.000Z');
    const recent = await trashed('2026-11-20T00:00:00.000Z');
    const kept = await storeSampleCapture(database);
    const metadataSha256 = (await database.captures.get(old))!.metadataSha256;
    const files = await database.files.where('captureId').equals(old).toArray();

    expect(
      await emptyTrash(database, { now: new Date('2026-11-22T00:00:00.000Z'), onlyExpired: true }),
    ).toBe(1);

    expect(await database.captures.get(old)).toBeUndefined();
    expect(await database.files.where('captureId').equals(old).count()).toBe(0);
    expect(await database.captures.get(recent)).toBeDefined();
    expect(await database.captures.get(kept)).toBeDefined();
    const log = await database.custody.where('captureId').equals(old).sortBy('index');
    expect(log.map((entry) => entry.kind)).toEqual(['capture', 'trashed', 'emptied']);
    expect(log.at(-1)!.data).toEqual({
      metadataSha256,
      files: files.map(({ role, sha256 }) => ({ role, sha256 })),
    });
    expect(await verifyCustodyChain(log, metadataSha256, old)).toBeNull();
    expect((await database.annotations.get(old))?.emptiedAt).toBe('2026-11-22T00:00:00.000Z');
  });

  it('empties the whole trash on request, and never what is not in it', async () => {
    await trashed('2026-11-21T00:00:00.000Z');
    const kept = await storeSampleCapture(database);
    expect(await emptyTrash(database)).toBe(1);
    expect(await database.captures.count()).toBe(1);
    expect(await database.captures.get(kept)).toBeDefined();
  });

  it('keeps a restored capture', async () => {
    const id = await trashed('2026-01-01T00:00:00.000Z');
    await appendCustody(database, id, [{ kind: 'restored', data: {} }]);
    expect(await emptyTrash(database, { onlyExpired: true })).toBe(0);
    expect(await database.captures.get(id)).toBeDefined();
  });

  it('deletes a trashed thread’s screens, files, posts and record, logging their hashes', async () => {
    const { threadId } = await sampleThread(database);
    const { threadId: keptThread } = await sampleThread(database);
    const stitched = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
    const screens = (await database.threadScreens.toArray())
      .filter((screen) => screen.threadId === threadId)
      .sort((a, b) => a.index - b.index);
    await database.threadFiles.put({
      id: `${threadId}/stitched/0`,
      threadId,
      role: 'stitched',
      order: 0,
      mimeType: 'image/png',
      blob: stitched,
      width: 1,
      height: 1,
      sha256: await sha256Hex(stitched),
      derivedFrom: screens.map((screen) => screen.seal.sha256),
      geometry: [],
    });
    const sealSha256 = (await database.threads.get(threadId))!.sealSha256!;
    await appendCustody(database, threadId, [{ kind: 'trashed', data: {} }], {
      at: new Date('2026-10-01T00:00:00.000Z'),
    });

    expect(await emptyTrash(database, { now: new Date('2026-11-22T00:00:00.000Z') })).toBe(1);

    expect(await database.threads.get(threadId)).toBeUndefined();
    const left = async (threadOf: string) =>
      Promise.all(
        [database.threadScreens, database.threadPosts, database.threadFiles].map(
          async (table) =>
            (await table.toArray()).filter((row) => row.threadId === threadOf).length,
        ),
      );
    expect(await left(threadId)).toEqual([0, 0, 0]);
    expect(await database.threads.get(keptThread)).toBeDefined();
    expect(await left(keptThread)).toEqual([2, 3, 0]);
    const log = await database.custody.where('captureId').equals(threadId).sortBy('index');
    expect(log.map((entry) => entry.kind)).toEqual(['capture', 'trashed', 'emptied']);
    expect(log.at(-1)!.data).toEqual({
      metadataSha256: sealSha256,
      files: [
        ...screens.map((screen) => ({ role: 'thread-screen', sha256: screen.seal.sha256 })),
        { role: 'stitched', sha256: await sha256Hex(stitched) },
      ],
    });
    expect(await verifyCustodyChain(log, sealSha256, threadId)).toBeNull();
    expect((await database.annotations.get(threadId))?.emptiedAt).toBe('2026-11-22T00:00:00.000Z');
    // Emptied once: the next emptying finds nothing left to delete.
    expect(await emptyTrash(database)).toBe(0);
  });
});
