import { openEvidenceDatabase, type EvidenceDatabase } from '../evidence/database';
import { verifyCustodyChain } from '../evidence/verify-custody';
import { buildBundle } from '../export/build-bundle';
import { picturedThread } from '../thread/testing/pictured-thread';
import { verifyThread } from '../thread/verify-thread';
import { samePixelsInNode } from '../verification/testing/png-pixels';
import { checkAnswerSchema } from './bundle-check-protocol';
import { importVerifiedBundle } from './import-bundle';
import { verifyBundle } from './verify-bundle';

const caseName = () => 'Dossier importé';
const fresh = () => openEvidenceDatabase(`import-threads-${crypto.randomUUID()}`);

/** A thread exported, checked, and its verdict passed as the check worker passes it. */
async function checkedExport() {
  const { database, id } = await picturedThread();
  const zip = await buildBundle({
    database,
    captureIds: [],
    threadIds: [id],
    language: 'fr',
    exportedAt: new Date('2026-11-22T12:00:00.000Z'),
    extensionVersion: '0.1.0',
  });
  const checked = await verifyBundle(zip, { samePixels: samePixelsInNode });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  const answer = checkAnswerSchema.parse({ type: 'verdict', verification: checked });
  if (answer.type !== 'verdict' || !answer.verification.ok) throw new Error('No verdict');
  return { source: database, id, verified: answer.verification };
}

const rowsOf = async (database: EvidenceDatabase, threadId: string) =>
  Promise.all(
    [database.threadScreens, database.threadPosts, database.threadFiles].map(
      async (table) => (await table.toArray()).filter((row) => row.threadId === threadId).length,
    ),
  );

describe('importing a bundle’s threads', () => {
  it('brings each thread back whole: record, screens, posts, files and a log, and it verifies', async () => {
    const { source, id, verified } = await checkedExport();
    expect(verified.threads).toHaveLength(1);
    const database = fresh();
    const at = new Date('2026-11-23T10:00:00.000Z');
    const outcome = await importVerifiedBundle(database, verified, { at, caseName });
    expect(outcome.threads).toEqual({ imported: [id], alreadyPresent: [], conflicting: [] });

    const original = (await source.threads.get(id))!;
    const imported = (await database.threads.get(id))!;
    expect(imported).toEqual(original);
    expect(await rowsOf(database, id)).toEqual([2, 2, 3]);
    for (const table of ['threadScreens', 'threadPosts', 'threadFiles'] as const) {
      const strip = (rows: Array<{ id: string; blob?: Blob }>) =>
        rows.map(({ blob: _blob, ...rest }) => rest).sort((a, b) => a.id.localeCompare(b.id));
      expect(strip(await database[table].toArray())).toEqual(strip(await source[table].toArray()));
    }
    expect(await verifyThread(database, id, samePixelsInNode)).toEqual({
      intact: true,
      screensChecked: 2,
      cropsReproduced: 2,
      imagesDeleted: 0,
      problems: [],
    });
    const log = await database.custody.where('captureId').equals(id).sortBy('index');
    expect(log.map((entry) => [entry.kind, entry.at])).toEqual([
      ['capture', original.startedAt],
      ['imported', at.toISOString()],
    ]);
    expect(await verifyCustodyChain(log, original.sealSha256!, id)).toBeNull();
    expect(await database.annotations.get(id)).toMatchObject({ captureId: id });
  });

  it('leaves a thread already there as it is, and never replaces one sealed differently', async () => {
    const { id, verified } = await checkedExport();
    const database = fresh();
    await importVerifiedBundle(database, verified, { caseName });
    const again = await importVerifiedBundle(database, verified, { caseName });
    expect(again.threads).toEqual({ imported: [], alreadyPresent: [id], conflicting: [] });

    const other = fresh();
    await other.threads.put({ ...(await database.threads.get(id))!, sealSha256: 'f'.repeat(64) });
    const refused = await importVerifiedBundle(other, verified, { caseName });
    expect(refused.threads).toEqual({ imported: [], alreadyPresent: [], conflicting: [id] });
    expect((await other.threads.get(id))!.sealSha256).toBe('f'.repeat(64));
    expect(await rowsOf(other, id)).toEqual([0, 0, 0]);
    expect(await other.custody.count()).toBe(0);
  });

  it('refuses, before writing anything, a thread whose record no longer matches its seal', async () => {
    const { verified } = await checkedExport();
    verified.threads[0]!.thread.record.title = 'Autre';
    const database = fresh();
    await expect(importVerifiedBundle(database, verified, { caseName })).rejects.toThrow(
      /does not match its seal/,
    );
    expect(await database.threads.count()).toBe(0);
    expect(await database.custody.count()).toBe(0);
  });
});
