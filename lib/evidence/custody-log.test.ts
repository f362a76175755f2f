import { createHash } from 'node:crypto';
import { storeSampleCapture } from '../../tests/unit/sample-capture';
import { annotationFromLog } from './annotation';
import { appendCustody, appendToEach, CaptureNotFoundError } from './append-custody';
import { canonicalJson } from './canonical-json';
import type { CustodyEntry } from './custody-entry';
import { openEvidenceDatabase } from './database';
import { deleteCaptureImages } from './delete-capture-images';
import { verifyCapture } from '../verification/verify-capture';
import { verifyCustodyChain } from './verify-custody';

describe('custody log', () => {
  let database: ReturnType<typeof openEvidenceDatabase>;
  let captureId: string;
  beforeEach(async () => {
    database = openEvidenceDatabase(`custody-${crypto.randomUUID()}`);
    captureId = await storeSampleCapture(database);
  });
  afterEach(async () => {
    await database.delete();
  });

  const logOf = (id = captureId) => database.custody.where('captureId').equals(id).sortBy('index');
  const metadataHash = async () => (await database.captures.get(captureId))!.metadataSha256;

  async function appendThree() {
    await appendCustody(database, captureId, [
      { kind: 'category', data: { categoryId: 'threats' } },
    ]);
    await appendCustody(database, captureId, [{ kind: 'note', data: { text: 'Vu en direct' } }]);
    await appendCustody(database, captureId, [{ kind: 'report', data: { channelId: 'pharos' } }]);
  }

  it('opens on the sealed metadata hash, dated at the capture, and chains every entry', async () => {
    await appendThree();
    const log = await logOf();
    expect(log.map((entry) => entry.kind)).toEqual(['capture', 'category', 'note', 'report']);
    expect(log[0]).toMatchObject({
      at: '2026-11-22T08:00:00.123Z',
      previousHash: await metadataHash(),
      data: { metadataSha256: await metadataHash() },
    });
    for (const [index, entry] of log.entries()) {
      const { hash, id: _id, ...rest } = entry;
      const expected = createHash('sha256')
        .update(
          canonicalJson({
            captureId: rest.captureId,
            index: rest.index,
            at: rest.at,
            kind: rest.kind,
            data: rest.data,
            previousHash: rest.previousHash,
          }),
        )
        .digest('hex');
      expect(hash).toBe(expected);
      if (index > 0) expect(entry.previousHash).toBe(log[index - 1]!.hash);
    }
    expect(await verifyCustodyChain(log, await metadataHash(), captureId)).toBeNull();
  });

  it('keeps order when appends race', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        appendCustody(database, captureId, [{ kind: 'note', data: { text: `n${index}` } }]),
      ),
    );
    const log = await logOf();
    expect(log.map((entry) => entry.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await verifyCustodyChain(log, await metadataHash(), captureId)).toBeNull();
  });

  it.each<[string, (log: CustodyEntry[]) => CustodyEntry[], object]>([
    [
      'an edited entry',
      (log) =>
        log.map((entry) =>
          entry.index === 2 ? { ...entry, at: '2030-01-01T00:00:00.000Z' } : entry,
        ),
      { entry: 2, reason: 'hash-mismatch' },
    ],
    [
      'a removed entry',
      (log) => log.filter((entry) => entry.index !== 1),
      { entry: 1, reason: 'missing-entry' },
    ],
    [
      'a removed last entry and renumbered log',
      (log) => log.slice(1).map((entry, index) => ({ ...entry, index })),
      { entry: 0, reason: 'not-anchored' },
    ],
    [
      'an entry re-hashed after editing',
      (log) =>
        log.map((entry) =>
          entry.index === 1
            ? ({ ...entry, data: { categoryId: 'spam' }, hash: 'f'.repeat(64) } as CustodyEntry)
            : entry,
        ),
      { entry: 1, reason: 'hash-mismatch' },
    ],
    [
      'an entry moved in from another capture',
      (log) => log.map((entry) => (entry.index === 2 ? { ...entry, captureId: 'other' } : entry)),
      { entry: 2, reason: 'foreign-entry' },
    ],
    [
      'a line written twice',
      (log) => [...log.slice(0, 3), log[2]!, ...log.slice(3)],
      { entry: 2, reason: 'duplicate-entry' },
    ],
    [
      'a second entry given the same index',
      (log) => [...log, { ...log[3]!, data: { channelId: 'other' } } as CustodyEntry],
      { entry: 3, reason: 'duplicate-entry' },
    ],
    [
      'an id changed, which the hash does not cover',
      (log) => log.map((entry) => (entry.index === 1 ? { ...entry, id: 'anything' } : entry)),
      { entry: 1, reason: 'id-mismatch' },
    ],
  ])('names the entry where the chain breaks: %s', async (_name, tamper, problem) => {
    await appendThree();
    expect(
      await verifyCustodyChain(tamper(await logOf()), await metadataHash(), captureId),
    ).toEqual(problem);
  });

  it('keeps the annotation equal to a replay of the log', async () => {
    await appendThree();
    const annotation = await database.annotations.get(captureId);
    expect(annotation).toEqual(annotationFromLog(captureId, await logOf()));
    expect(annotation).toMatchObject({
      category: { categoryId: 'threats' },
      reports: [{ channelId: 'pharos' }],
      notes: [{ text: 'Vu en direct' }],
    });
  });

  it('refuses entries for a capture that does not exist and writes nothing', async () => {
    await expect(
      appendCustody(database, 'missing', [{ kind: 'note', data: { text: 'x' } }]),
    ).rejects.toThrow('No capture missing');
    expect(await database.custody.count()).toBe(0);
  });

  it('deletes the images of a child-abuse capture, logs their hashes and stays verifiable', async () => {
    const before = await database.files.where('captureId').equals(captureId).toArray();
    expect(await deleteCaptureImages(database, captureId)).toBe(2);
    expect(await database.files.where('captureId').equals(captureId).count()).toBe(0);
    expect(await database.captures.get(captureId)).toBeDefined();
    const log = await logOf();
    expect(log.at(-1)).toMatchObject({
      kind: 'images-deleted',
      data: {
        reason: 'child-abuse-category',
        files: before.map(({ role, sha256 }) => ({ role, sha256 })),
      },
    });
    const verification = await verifyCapture(database, captureId);
    expect(verification.intact).toBe(true);
    expect(
      verification.checks.filter((check) => check.deleted).map((check) => check.subject),
    ).toEqual(['page-screenshot', 'post-crop']);
    expect((await database.annotations.get(captureId))?.imagesDeletedAt).toBeDefined();
  });

  it('counts a file missing without a logged deletion as a failure', async () => {
    await database.files.delete(`${captureId}/post-crop`);
    const verification = await verifyCapture(database, captureId);
    expect(verification.intact).toBe(false);
  });

  it('keeps a note pasted with half an emoji, U+FFFD in its place, and its chain whole', async () => {
    await appendCustody(database, captureId, [{ kind: 'note', data: { text: 'vu \uD83D' } }]);
    const log = await logOf();
    expect(log.at(-1)).toMatchObject({ kind: 'note', data: { text: 'vu \uFFFD' } });
    expect(await verifyCustodyChain(log, await metadataHash(), captureId)).toBeNull();
  });

  it('reports a tampered custody log in the verification', async () => {
    await appendThree();
    await database.custody.update(`${captureId}/000002`, { at: '2030-01-01T00:00:00.000Z' });
    expect((await verifyCapture(database, captureId)).problems).toEqual([
      { reason: 'custody-hash-mismatch', subject: 'custody', entry: 2 },
    ]);
  });

  it('logs one event for many captures in batches, each chain whole and each annotation current', async () => {
    const ids = [captureId];
    for (let index = 1; index < 260; index += 1) ids.push(await storeSampleCapture(database));
    await appendThree(); // the first capture already has a log; the others open theirs now
    await appendToEach(database, ids, { kind: 'export', data: { format: 'zip', exportId: 'e1' } });
    for (const id of [ids[0]!, ids[1]!, ids[259]!]) {
      const log = await logOf(id);
      expect(log.at(-1)).toMatchObject({ kind: 'export', data: { exportId: 'e1' } });
      const sealed = (await database.captures.get(id))!.metadataSha256;
      expect(await verifyCustodyChain(log, sealed, id)).toBeNull();
      expect(await database.annotations.get(id)).toEqual(annotationFromLog(id, log));
    }
    expect((await logOf(ids[0])).map((entry) => entry.kind)).toEqual([
      'capture',
      'category',
      'note',
      'report',
      'export',
    ]);
    expect(await database.custody.count()).toBe(4 + 1 + 259 * 2);
  });

  it('logs a capture listed twice once, even when the copies fall in different batches', async () => {
    const ids = [captureId];
    for (let index = 1; index < 260; index += 1) ids.push(await storeSampleCapture(database));
    await appendToEach(database, [...ids, captureId], { kind: 'trashed', data: {} });
    expect((await logOf()).map((entry) => entry.kind)).toEqual(['capture', 'trashed']);
  });

  it('writes nothing of a batch holding a capture that does not exist', async () => {
    const other = await storeSampleCapture(database);
    await expect(
      appendToEach(database, [captureId, 'missing', other], { kind: 'trashed', data: {} }),
    ).rejects.toBeInstanceOf(CaptureNotFoundError);
    expect(await database.custody.count()).toBe(0);
  });
});
