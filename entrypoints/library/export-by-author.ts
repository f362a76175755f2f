import browser from 'webextension-polyfill';
import type { LibraryMessage, LibraryTask } from './components/LibraryPage';
import type { EvidenceDatabase } from '../../lib/evidence/database';
import { loggedExport } from '../../lib/export/logged-export';
import { saveFile } from '../../lib/extension-pages/save-file';
import type { Locale, Translate } from '../../lib/i18n/translate';
import type { DossierEntry } from '../../lib/library/author-dossier';
import type { CaptureSummary } from '../../lib/library/capture-summary';
import { askBackgroundLater as askBackground } from '../../lib/messaging/ask-background-later';
import type { EntryPicture } from '../../lib/pdf/author-section';
import { platformLabel } from '../../lib/sites/platform-names';
import { resultMessage } from './export-selection';

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').slice(0, 15);

/**
 * Saves a report grouped by author of these items (an author's dossier, or a selection): CSV
 * with one row per capture or thread post, or PDF with a section per author. Each capture's
 * and thread's custody log records the export, and how it ended when no file arrived.
 */
export async function exportByAuthor(request: {
  format: 'csv' | 'pdf';
  items: readonly CaptureSummary[];
  database: EvidenceDatabase;
  locale: Locale;
  t: Translate;
  setTask: (task: LibraryTask | null) => void;
  setMessage: (message: LibraryMessage) => void;
}): Promise<void> {
  const { format, items, database, locale, t } = request;
  const controller = new AbortController();
  const exportedAt = new Date();
  const file = `temoin-auteurs-${stamp(exportedAt)}.${format}`;
  const logged = {
    captureIds: [...new Set(items.map((item) => item.threadId ?? item.id))],
    format,
  };
  request.setTask({ label: t('library.exportStarting'), onCancel: () => controller.abort() });
  const result = await loggedExport({
    log: {
      start: (exportId) => askBackground('recordExport', { ...logged, exportId }),
      end: (exportId, end) => askBackground('recordExportEnd', { ...logged, exportId, end }),
    },
    async produce() {
      const { authorGroups } = await import('../../lib/library/author-dossier');
      const groups = await authorGroups(database, items);
      if (format === 'csv') {
        const { authorReportCsv } = await import('../../lib/library/author-report-csv');
        return new Blob([authorReportCsv(groups)], { type: 'text/csv' });
      }
      const { authorReportPdf } = await import('../../lib/pdf/author-report');
      return authorReportPdf({
        groups,
        language: locale,
        exportedAt,
        extensionVersion: browser.runtime.getManifest().version,
        platformName: (platform) => platformLabel(platform) ?? platform,
        picture: picturesFrom(database),
      });
    },
    save: (blob) => saveFile(blob, file, controller.signal),
    signal: controller.signal,
    onProgress: () => request.setTask({ label: t('library.exportSaving') }),
  });
  request.setTask(null);
  if (result.status === 'failed') console.error('Export by author failed', result.error);
  request.setMessage(resultMessage(result, file, t));
}

/**
 * An entry's picture, as the PDF can take it as it is: a post's screen, with its area (each
 * screen read once), or a capture's post crop, else its screenshot.
 */
function picturesFrom(database: EvidenceDatabase) {
  const read = new Map<string, Promise<EntryPicture | null>>();
  const png = async (key: string, blob: Blob | undefined) => {
    if (!blob) return null;
    const { pngForPdf } = await import('../../lib/pdf/pdf-image');
    const image = await pngForPdf(blob);
    // Kept for the whole dossier: without its bytes, a reference to the stored file only.
    if (image) delete image.bytes;
    return image && { key, image };
  };
  return async (entry: DossierEntry): Promise<EntryPicture | null> => {
    const key = entry.screen?.id ?? entry.id;
    if (!read.has(key))
      read.set(
        key,
        entry.screen
          ? database.threadScreens.get(key).then((screen) => png(key, screen?.blob))
          : database.files
              .bulkGet([`${key}/post-crop`, `${key}/page-screenshot`])
              .then(([crop, page]) => png(key, (crop ?? page)?.blob)),
      );
    const picture = await read.get(key)!;
    return picture && (entry.screen ? { ...picture, area: entry.screen.area } : picture);
  };
}
