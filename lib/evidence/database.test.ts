import Dexie from 'dexie';
import { sampleMetadata } from '../../tests/unit/sample-capture';
import { openEvidenceDatabase } from './database';

describe('evidence database versions', () => {
  it('opens a version 1 store, keeps every record, indexes post permalinks, summarises', async () => {
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
        metadata: sampleMetadata('a', {
          post: {
            platform: 'x',
            extractor: 'x',
            kind: 'post',
            authorHandle: '@u',
            permalink: 'https://x.com/u/status/1',
            text: 'Un message',
            published: { kind: 'unknown' },
            mediaUrls: [],
            missing: [],
          },
        }),
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
    expect(database.verno).toBe(8);
    // Version 8 summarises what was stored; a record not as Témoin writes it is left out.
    expect(await database.summaries.toArray()).toEqual([
      expect.objectContaining({ kind: 'capture', id: 'a', rowTime: '2026-11-01T10:00:00.000Z' }),
    ]);
    expect(await database.threads.count()).toBe(0);
    expect(await database.seals.count()).toBe(0);
    expect(await database.threadFiles.count()).toBe(0);
    // Custody logs open lazily, on the first entry recorded about a capture.
    expect(await database.custody.count()).toBe(0);
    expect(await database.annotations.count()).toBe(0);
    await database.delete();
  });
});
