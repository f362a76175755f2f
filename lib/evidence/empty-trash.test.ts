import { storeSampleCapture } from '../../tests/unit/sample-capture';
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
});
