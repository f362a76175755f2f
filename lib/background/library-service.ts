import type browser from 'webextension-polyfill';
import { appendToEach } from '../evidence/append-custody';
import type { CustodyEvent } from '../evidence/custody-entry';
import type { EvidenceDatabase } from '../evidence/database';
import { emptyTrash } from '../evidence/empty-trash';
import type { BackgroundHandlers } from '../messaging/background-channel';
import { openLibrary } from './open-library';

/** What the library asks of the background: every change is an entry in the custody log. */
export function createLibraryService(database: EvidenceDatabase) {
  const record = async (captureIds: readonly string[], event: CustodyEvent) => {
    await appendToEach(database, captureIds, event);
    return {};
  };
  return {
    async openLibrary() {
      await openLibrary();
      return {};
    },
    trash: ({ captureIds }) => record(captureIds, { kind: 'trashed', data: {} }),
    restore: ({ captureIds }) => record(captureIds, { kind: 'restored', data: {} }),
    emptyTrash: async () => ({ emptied: await emptyTrash(database) }),
    async createCase({ name }) {
      const caseId = crypto.randomUUID();
      await database.cases.add({ id: caseId, name, createdAt: new Date().toISOString() });
      return { caseId };
    },
    async addToCase({ captureIds, caseId }) {
      if (!(await database.cases.get(caseId))) throw new Error(`No case ${caseId}`);
      return record(captureIds, { kind: 'case', data: { caseId, added: true } });
    },
    addNote: ({ captureId, text }) => record([captureId], { kind: 'note', data: { text } }),
    setTags: ({ captureIds, tags }) => record(captureIds, { kind: 'tags', data: { tags } }),
    /** Logged before the bundle is written, so the bundle's own logs say they were exported. */
    recordExport: ({ captureIds, format, exportId }) =>
      record(captureIds, { kind: 'export', data: { format, exportId } }),
    /** The export of that id left no file: said after its `export` entry, never instead. */
    recordExportEnd: ({ captureIds, format, exportId, end }) =>
      record(captureIds, { kind: `export-${end}`, data: { format, exportId } }),
  } satisfies Partial<BackgroundHandlers<browser.Runtime.MessageSender>>;
}
