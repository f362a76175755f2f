import { appendToEach } from '../evidence/append-custody';
import type { CustodyEvent, ExportFormat } from '../evidence/custody-entry';
import type { EvidenceDatabase } from '../evidence/database';

/** What the library asks of the background: every change is an entry in the custody log. */
export function createLibraryService(database: EvidenceDatabase) {
  const record = (captureIds: readonly string[], event: CustodyEvent) =>
    appendToEach(database, captureIds, event);
  return {
    trash: (captureIds: readonly string[]) => record(captureIds, { kind: 'trashed', data: {} }),
    restore: (captureIds: readonly string[]) => record(captureIds, { kind: 'restored', data: {} }),
    async createCase(name: string): Promise<string> {
      const id = crypto.randomUUID();
      await database.cases.add({ id, name, createdAt: new Date().toISOString() });
      return id;
    },
    async addToCase(captureIds: readonly string[], caseId: string) {
      if (!(await database.cases.get(caseId))) throw new Error(`No case ${caseId}`);
      await record(captureIds, { kind: 'case', data: { caseId, added: true } });
    },
    addNote: (captureId: string, text: string) =>
      record([captureId], { kind: 'note', data: { text } }),
    setTags: (captureIds: readonly string[], tags: string[]) =>
      record(captureIds, { kind: 'tags', data: { tags } }),
    /** Logged before the bundle is written, so the bundle's own logs say they were exported. */
    recordExport: (captureIds: readonly string[], format: ExportFormat, exportId: string) =>
      record(captureIds, { kind: 'export', data: { format, exportId } }),
    /** The export of that id left no file: said after its `export` entry, never instead. */
    recordExportEnd: (
      captureIds: readonly string[],
      format: ExportFormat,
      exportId: string,
      end: 'cancelled' | 'failed',
    ) => record(captureIds, { kind: `export-${end}`, data: { format, exportId } }),
  };
}
