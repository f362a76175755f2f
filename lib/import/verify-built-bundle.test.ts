import { storeSampleCapture } from '../../tests/unit/sample-capture';
import { appendCustody } from '../evidence/append-custody';
import { openEvidenceDatabase } from '../evidence/database';
import { buildBundle } from '../export/build-bundle';
import { verifyBundle } from './verify-bundle';

describe('verifyBundle on a bundle from buildBundle', () => {
  it('accepts what the exporter writes, so the two sides keep to one contract', async () => {
    const database = openEvidenceDatabase(`import-${crypto.randomUUID()}`);
    try {
      const ids = [await storeSampleCapture(database), await storeSampleCapture(database)];
      await appendCustody(database, ids[0]!, [{ kind: 'note', data: { text: 'vu' } }]);
      const bundle = await buildBundle({
        database,
        captureIds: ids,
        language: 'en',
        exportedAt: new Date('2026-11-22T12:00:00.000Z'),
        extensionVersion: '0.1.0',
      });
      const result = await verifyBundle(bundle);
      expect(
        result.ok ? result.captures.map(({ exported }) => exported.captureId) : result,
      ).toEqual(ids);
    } finally {
      await database.delete();
    }
  });
});
