import { readFileSync } from 'node:fs';
import { openEvidenceDatabase } from '../evidence/database';
import { samePixelsInNode } from '../verification/testing/png-pixels';
import { verifyCapture } from '../verification/verify-capture';
import { importVerifiedBundle } from './import-bundle';
import { verifyBundle } from './verify-bundle';

/**
 * A bundle exported before the seal (`temoin.export/1`, made by that version's exporter and
 * kept as it was) still passes the check, crops compared, and imports whole.
 */
const FORMAT_1 = new Blob([readFileSync('tests/fixtures/bundles/format-1.zip')]);

it('passes the check and imports whole, with no seal to store', async () => {
  const result = await verifyBundle(FORMAT_1, { samePixels: samePixelsInNode });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(result.manifest.schema).toBe('temoin.export/1');
  expect(result.sumsSeal).toBeNull();
  const database = openEvidenceDatabase(`format-1-${crypto.randomUUID()}`);
  const outcome = await importVerifiedBundle(database, result, {
    at: new Date('2026-12-07T20:00:00.000Z'),
    caseName: () => 'Luna',
  });
  expect(outcome.imported).toHaveLength(2);
  for (const id of outcome.imported) {
    expect((await verifyCapture(database, id, samePixelsInNode)).intact).toBe(true);
    const log = await database.custody.where('captureId').equals(id).sortBy('index');
    expect(log.at(-1)).toMatchObject({
      kind: 'imported',
      data: { bundleSchema: 'temoin.export/1' },
    });
  }
  expect(await database.seals.count()).toBe(0);
  expect(await database.cases.count()).toBe(1);
  await database.delete();
});

it('is refused once a byte of it changes', async () => {
  const bytes = new Uint8Array(await FORMAT_1.arrayBuffer());
  const changed = bytes.slice();
  // The first capture's metadata.json starts after its three images; a byte of its text.
  const at = new TextDecoder('latin1').decode(bytes).indexOf('"schema": "temoin.capture/1"');
  changed[at + 3] = changed[at + 3]! ^ 1;
  expect(await verifyBundle(new Blob([changed]))).toMatchObject({ ok: false });
});
