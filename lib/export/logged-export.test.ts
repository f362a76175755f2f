import { storeSampleCapture } from '../../tests/unit/sample-capture';
import { createLibraryService } from '../background/library-service';
import { openEvidenceDatabase } from '../evidence/database';
import { verifyCustodyChain } from '../evidence/verify-custody';
import { evidenceReportPdf } from '../pdf/evidence-report';
import { buildBundle } from './build-bundle';
import type { ExportPhase } from './export-progress';
import { loggedExport, type SaveOutcome } from './logged-export';

describe('loggedExport', () => {
  let database: ReturnType<typeof openEvidenceDatabase>;
  let ids: string[];
  beforeEach(async () => {
    database = openEvidenceDatabase(`logged-export-${crypto.randomUUID()}`);
    ids = [];
    for (let index = 0; index < 4; index += 1) ids.push(await storeSampleCapture(database));
  });
  afterEach(async () => {
    await database.delete();
  });

  /** Exports the four captures, cancelling when a phase starts or ending the save as told. */
  async function exportAll({ cancelAt, saved }: { cancelAt?: ExportPhase; saved: SaveOutcome }) {
    const library = createLibraryService(database);
    const controller = new AbortController();
    const phases = new Set<ExportPhase>();
    const result = await loggedExport({
      log: {
        start: async (exportId) => {
          await library.recordExport({ captureIds: ids, format: 'zip', exportId });
        },
        end: async (exportId, end) => {
          await library.recordExportEnd({ captureIds: ids, format: 'zip', exportId, end });
        },
      },
      produce: (onProgress) =>
        buildBundle({
          database,
          captureIds: ids,
          language: 'fr',
          exportedAt: new Date(),
          extensionVersion: '0.1.0',
          pdf: (captures, drawn) =>
            evidenceReportPdf({
              captures,
              language: 'fr',
              exportedAt: new Date(),
              extensionVersion: '0.1.0',
              signal: controller.signal,
              onProgress: drawn,
            }),
          signal: controller.signal,
          onProgress,
        }),
      save: async () => (controller.signal.aborted ? 'cancelled' : saved),
      signal: controller.signal,
      onProgress: ({ phase }) => {
        phases.add(phase);
        if (phase === cancelAt) controller.abort();
      },
    });
    return { result, phases };
  }

  /** Every capture's log, as kinds, with the export ids of its export entries. */
  async function logs() {
    return Promise.all(
      ids.map(async (captureId) => {
        const entries = await database.custody.where('captureId').equals(captureId).sortBy('index');
        const capture = await database.captures.get(captureId);
        expect(await verifyCustodyChain(entries, capture!.metadataSha256, captureId)).toBeNull();
        return entries.map((entry) =>
          'exportId' in entry.data ? [entry.kind, entry.data.exportId] : [entry.kind],
        );
      }),
    );
  }

  it.each<[string, string, ExportPhase | undefined, SaveOutcome]>([
    ['cancelled while reading the captures', 'export-cancelled', 'reading', 'saved'],
    ['cancelled while drawing the report', 'export-cancelled', 'report', 'saved'],
    ['cancelled while archiving', 'export-cancelled', 'archive', 'saved'],
    ['cancelled while the browser saves it', 'export-cancelled', 'saving', 'saved'],
    ['cancelled in the browser’s download', 'export-cancelled', undefined, 'cancelled'],
    ['not saved by the browser', 'export-failed', undefined, 'failed'],
  ])(
    '%s: every log says export, then %s, with the same id',
    async (_case, end, cancelAt, saved) => {
      const { result } = await exportAll({ ...(cancelAt ? { cancelAt } : {}), saved });
      expect(result).toMatchObject({ status: end.slice('export-'.length), log: 'ended' });
      const all = await logs();
      for (const log of all) {
        expect(log.map(([kind]) => kind)).toEqual(['capture', 'export', end]);
        expect(log[2]![1]).toBe(log[1]![1]);
      }
      // One export, one id, in every log.
      expect(new Set(all.map((log) => log[1]![1])).size).toBe(1);
      for (const captureId of ids)
        expect((await database.annotations.get(captureId))?.exports).toEqual([]);
    },
  );

  it('logs only the export when the file arrived, having said each phase', async () => {
    const { result, phases } = await exportAll({ saved: 'saved' });
    expect(result).toEqual({ status: 'saved', log: 'ended' });
    expect([...phases]).toEqual(['reading', 'report', 'archive', 'saving']);
    for (const log of await logs())
      expect(log.map(([kind]) => kind)).toEqual(['capture', 'export']);
  });

  it('says so when the end cannot be logged, and that the file failed', async () => {
    const result = await loggedExport({
      log: { start: async () => undefined, end: () => Promise.reject(new Error('disk full')) },
      produce: () => Promise.reject(new Error('No capture x')),
      save: async () => 'saved',
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    expect(result).toMatchObject({ status: 'failed', log: 'end-missing' });
  });

  it('logs nothing when cancelled before it started', async () => {
    const controller = new AbortController();
    controller.abort();
    const start = vi.fn(async () => undefined);
    const result = await loggedExport({
      log: { start, end: async () => undefined },
      produce: async () => new Blob([]),
      save: async () => 'saved',
      signal: controller.signal,
      onProgress: () => undefined,
    });
    expect(result).toEqual({ status: 'cancelled', log: 'none' });
    expect(start).not.toHaveBeenCalled();
  });
});
