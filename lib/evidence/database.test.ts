import Dexie from 'dexie';
import { openEvidenceDatabase } from './database';

describe('evidence database versions', () => {
  it('opens a version 1 store, keeps every record and indexes post permalinks', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    // A store as version 1 of Témoin wrote it.
    const first = new Dexie(name);
    first
      .version(1)
      .stores({ captures: 'id, capturedAt, host', files: 'id, captureId, [captureId+role]' });
    await first.table('captures').bulkAdd([
      {
        id: 'a',
        capturedAt: '2026-11-01T10:00:00.000Z',
        host: 'x.com',
        metadata: { post: { permalink: 'https://x.com/u/status/1' } },
        metadataSha256: '0'.repeat(64),
      },
      {
        id: 'b',
        capturedAt: '2026-11-02T10:00:00.000Z',
        host: 'x.com',
        metadata: {},
        metadataSha256: '1'.repeat(64),
      },
    ]);
    await first.table('files').add({
      id: 'a/page-screenshot',
      captureId: 'a',
      role: 'page-screenshot',
      blob: new Blob([new Uint8Array([1])]),
    });
    first.close();

    const database = openEvidenceDatabase(name);
    expect(await database.captures.count()).toBe(2);
    expect(await database.files.count()).toBe(1);
    expect(
      (
        await database.captures.where('postPermalink').equals('https://x.com/u/status/1').toArray()
      ).map((capture) => capture.id),
    ).toEqual(['a']);
    expect(database.verno).toBe(7);
    expect(await database.threads.count()).toBe(0);
    expect(await database.seals.count()).toBe(0);
    expect(await database.threadFiles.count()).toBe(0);
    // Custody logs open lazily, on the first entry recorded about a capture.
    expect(await database.custody.count()).toBe(0);
    expect(await database.annotations.count()).toBe(0);
    await database.delete();
  });
});
