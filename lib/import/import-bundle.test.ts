import { storeSampleCapture } from '../../tests/unit/sample-capture';
import { appendCustody, evidenceWrites } from '../evidence/append-custody';
import { openEvidenceDatabase, type EvidenceDatabase } from '../evidence/database';
import { verifyCapture } from '../verification/verify-capture';
import { buildBundle } from '../export/build-bundle';
import { importVerifiedBundle } from './import-bundle';
import { verifyBundle } from './verify-bundle';

/** A bundle of captures only: no thread imported, none left, none refused. */
const NO_THREADS = { imported: [], alreadyPresent: [], conflicting: [] };

describe('importVerifiedBundle', () => {
  let source: EvidenceDatabase;
  let target: EvidenceDatabase;
  let ids: string[];
  let caseId: string;
  beforeEach(async () => {
    source = openEvidenceDatabase(`source-${crypto.randomUUID()}`);
    target = openEvidenceDatabase(`target-${crypto.randomUUID()}`);
    ids = [await storeSampleCapture(source), await storeSampleCapture(source)];
    caseId = crypto.randomUUID();
    await source.cases.add({ id: caseId, name: 'Luna', createdAt: '2026-11-22T09:00:00.000Z' });
    await appendCustody(source, ids[0]!, [
      { kind: 'case', data: { caseId, added: true } },
      { kind: 'note', data: { text: 'Vu en direct' } },
    ]);
  });
  afterEach(async () => {
    await source.delete();
    await target.delete();
  });

  const verified = async () => {
    const bundle = await buildBundle({
      database: source,
      captureIds: ids,
      language: 'fr',
      exportedAt: new Date('2026-11-22T12:00:00.000Z'),
      extensionVersion: '0.1.0',
      caseName: 'Luna',
    });
    const result = await verifyBundle(bundle);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result;
  };
  const importInto = async (database: EvidenceDatabase) =>
    importVerifiedBundle(database, await verified(), {
      at: new Date('2026-11-23T10:00:00.000Z'),
      caseName: (index) => `Luna (importé ${index + 1})`,
    });

  it('brings every capture in whole: it verifies there, its log continues with the import', async () => {
    const outcome = await importInto(target);
    expect(outcome).toEqual({
      imported: ids,
      alreadyPresent: [],
      conflicting: [],
      threads: NO_THREADS,
    });
    for (const id of ids) {
      const verification = await verifyCapture(target, id);
      expect(verification.intact).toBe(true);
      const log = await target.custody.where('captureId').equals(id).sortBy('index');
      expect(log.at(-1)).toMatchObject({
        kind: 'imported',
        at: '2026-11-23T10:00:00.000Z',
        data: { bundleSchema: 'temoin.export/3', exportedAt: '2026-11-22T12:00:00.000Z' },
      });
      const sourceLog = await source.custody.where('captureId').equals(id).sortBy('index');
      expect(log.slice(0, sourceLog.length)).toEqual(sourceLog);
    }
    expect(await target.annotations.get(ids[0]!)).toMatchObject({
      notes: [{ text: 'Vu en direct' }],
      caseIds: [caseId],
    });
    expect(await target.cases.get(caseId)).toMatchObject({ name: 'Luna (importé 1)' });
    expect((await target.files.get(`${ids[0]}/page-screenshot`))?.mimeType).toBe('image/png');
  });

  it('leaves captures already there as they are, and says so', async () => {
    const before = await source.custody.count();
    const outcome = await importInto(source);
    expect(outcome).toEqual({
      imported: [],
      alreadyPresent: ids,
      conflicting: [],
      threads: NO_THREADS,
    });
    // Nothing was written over the originals, nor added to their logs.
    expect(await source.custody.count()).toBe(before);
  });

  it('never overwrites a capture sealed differently under the same id', async () => {
    const result = await verified();
    await target.captures.add({
      ...(await source.captures.get(ids[1]!))!,
      metadataSha256: 'f'.repeat(64),
    });
    const outcome = await importVerifiedBundle(target, result, { caseName: () => 'x' });
    expect(outcome).toEqual({
      imported: [ids[0]],
      alreadyPresent: [],
      conflicting: [ids[1]],
      threads: NO_THREADS,
    });
    expect((await target.captures.get(ids[1]!))?.metadataSha256).toBe('f'.repeat(64));
  });

  it('writes nothing at all when the disk fills up during the import', async () => {
    const result = await verified();
    vi.spyOn(target.files, 'bulkAdd').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await expect(importVerifiedBundle(target, result, { caseName: () => 'x' })).rejects.toThrow(
      /quota/,
    );
    expect(await target.captures.count()).toBe(0);
    expect(await target.custody.count()).toBe(0);
    expect(await target.cases.count()).toBe(0);
  });

  it('writes only into the captures it brings, never into a genuine capture named by an entry', async () => {
    const genuine = await storeSampleCapture(target);
    await appendCustody(target, genuine, [{ kind: 'note', data: { text: 'original' } }]);
    const before = await target.custody.where('captureId').equals(genuine).sortBy('index');
    const result = await verified();
    const forged = result.captures[0]!;
    const last = forged.custody.at(-1)!;
    forged.custody.push({ ...last, captureId: genuine, index: 2, id: `${genuine}/000002` });
    await expect(importVerifiedBundle(target, result, { caseName: () => 'x' })).rejects.toThrow(
      genuine,
    );
    expect(await target.custody.where('captureId').equals(genuine).sortBy('index')).toEqual(before);
    expect((await verifyCapture(target, genuine)).intact).toBe(true);
    expect(await target.captures.count()).toBe(1);
  });

  it('never writes into the log of a capture emptied from the trash, which stays behind', async () => {
    const result = await verified();
    await target.custody.add({ ...result.captures[0]!.custody[0]! });
    const outcome = await importVerifiedBundle(target, result, { caseName: () => 'x' });
    expect(outcome).toEqual({
      imported: [ids[1]],
      alreadyPresent: [],
      conflicting: [ids[0]],
      threads: NO_THREADS,
    });
    expect(await target.custody.where('captureId').equals(ids[0]!).count()).toBe(1);
  });

  it.each(['preparing', 'writing'] as const)(
    'writes nothing when cancelled while %s, before the transaction commits',
    async (phase) => {
      const result = await verified();
      const controller = new AbortController();
      const phases: string[] = [];
      await expect(
        importVerifiedBundle(target, result, {
          caseName: () => 'x',
          signal: controller.signal,
          onProgress: (progress) => {
            phases.push(progress.phase);
            if (progress.phase === phase) controller.abort();
          },
        }),
      ).rejects.toThrow(/abort/i);
      expect(phases.at(-1)).toBe(phase);
      expect(await target.captures.count()).toBe(0);
      expect(await target.files.count()).toBe(0);
      expect(await target.custody.count()).toBe(0);
      expect(await target.cases.count()).toBe(0);
    },
  );

  it('says how far it is: each capture prepared, then the one write', async () => {
    const progress: unknown[] = [];
    await importVerifiedBundle(target, await verified(), {
      caseName: () => 'x',
      onProgress: (step) => progress.push(step),
    });
    expect(progress).toEqual([
      { phase: 'preparing', done: 1, total: 2 },
      { phase: 'preparing', done: 2, total: 2 },
      { phase: 'writing' },
    ]);
  });

  it('writes under the lock the custody appends take, after the write that holds it', async () => {
    const result = await verified();
    let release = () => {};
    const held = evidenceWrites(target)(() => new Promise<void>((resolve) => (release = resolve)));
    const importing = importVerifiedBundle(target, result, { caseName: () => 'x' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await target.captures.count()).toBe(0);
    release();
    await held;
    expect((await importing).imported).toEqual(ids);
    expect(await target.captures.count()).toBe(2);
  });
});
