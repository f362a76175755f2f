import { storeSampleCapture } from '../../tests/unit/sample-capture';
import { openEvidenceDatabase } from '../evidence/database';
import { buildBundle } from '../export/build-bundle';
import { evidenceReportPdf } from '../pdf/evidence-report';
import { BUNDLE_ENTRY_KINDS, entryKindOf, reportPdfLimit } from './bundle-entry-kinds';
import { readZip } from './read-zip';

describe('the kinds of file a bundle holds', () => {
  it('names each kind once', () => {
    const kinds = BUNDLE_ENTRY_KINDS.map(({ kind }) => kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it.each([
    ['SHA256SUMS', 'sums'],
    ['manifest.json', 'manifest'],
    ['captures/20261122T080000Z_11111111/metadata.json', 'metadata'],
    ['captures/20261122T080000Z_11111111/page-screenshot.png', 'screenshot'],
    ['captures/20261122T080000Z_11111111/thumbnail.jpg', 'thumbnail'],
    ['captures/a/b/metadata.json', undefined],
    ['captures/x/extra.png', undefined],
    ['SHA256SUMS.txt', undefined],
    ['__MACOSX/._manifest.json', undefined],
  ])('puts %s in one kind: %s', (name, kind) => {
    expect(BUNDLE_ENTRY_KINDS.filter((row) => row.pattern.test(name)).length).toBe(kind ? 1 : 0);
    expect(entryKindOf(name)?.kind).toBe(kind);
  });

  it('covers every file the exporter writes, each well within its limit', async () => {
    const database = openEvidenceDatabase(`kinds-${crypto.randomUUID()}`);
    try {
      const ids = [await storeSampleCapture(database), await storeSampleCapture(database)];
      const exportedAt = new Date('2026-11-22T12:00:00.000Z');
      const bundle = await buildBundle({
        database,
        captureIds: ids,
        language: 'fr',
        exportedAt,
        extensionVersion: '0.1.0',
        pdf: (captures) =>
          evidenceReportPdf({ captures, language: 'fr', exportedAt, extensionVersion: '0.1.0' }),
      });
      const { entries } = await readZip(bundle);
      const screenshots = entries
        .filter((entry) => entryKindOf(entry.name)?.kind === 'screenshot')
        .reduce((total, entry) => total + entry.size, 0);
      for (const entry of entries) {
        const kind = entryKindOf(entry.name);
        expect(kind, entry.name).toBeDefined();
        const limit = kind!.kind === 'report' ? reportPdfLimit(screenshots, 2) : kind!.maxBytes;
        expect(entry.size, entry.name).toBeLessThan(limit / 100);
      }
      expect(entries.map((entry) => entryKindOf(entry.name)!.kind).sort()).toEqual(
        [
          ...['metadata', 'custody', 'screenshot', 'crop'].flatMap((kind) => [kind, kind]),
          'csv',
          'posts',
          'posts-schema',
          'report',
          'readme',
          'manifest',
          'sums',
        ].sort(),
      );
    } finally {
      await database.delete();
    }
  });
});
