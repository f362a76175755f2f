import browser from 'webextension-polyfill';
import type { LibraryMessage, LibraryTask } from './components/LibraryPage';
import type { EvidenceDatabase } from '../../lib/evidence/database';
import type { ExportProgress } from '../../lib/export/export-progress';
import { loggedExport, type ExportResult } from '../../lib/export/logged-export';
import { reportFontFiles } from '../../lib/extension-pages/report-font-files';
import { saveFile } from '../../lib/extension-pages/save-file';
import { progressValues } from '../../lib/i18n/progress-values';
import type { Locale, Translate } from '../../lib/i18n/translate';
import { askBackgroundLater as askBackground } from '../../lib/messaging/ask-background-later';
import { sealAuthorityOf } from '../../lib/seal/seal-authority';
import { readSealSettings } from '../../lib/settings/seal-settings';
import { platformLabel } from '../../lib/sites/platform-names';
import { sealSumsThroughBackground, type ExportSeal } from './seal-export';

export interface ExportRequest {
  format: 'zip' | 'csv';
  captureIds: string[];
  caseName?: string | undefined;
  database: EvidenceDatabase;
  locale: Locale;
  t: Translate;
  setTask: (task: LibraryTask | null) => void;
  setMessage: (message: LibraryMessage) => void;
}

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').slice(0, 15);

/**
 * Exports the selection as a verifiable ZIP or as CSV, saying where it is as it goes, and
 * « Export prêt » only once the browser has the file. Cancelled or failed, the page and every
 * capture's custody log say so.
 */
export async function exportSelection(request: ExportRequest): Promise<void> {
  const { format, captureIds, locale, t } = request;
  const controller = new AbortController();
  const exportedAt = new Date();
  const file =
    format === 'zip' ? `temoin-export-${stamp(exportedAt)}.zip` : `temoin-${stamp(exportedAt)}.csv`;
  const show = (progress: ExportProgress | null) =>
    request.setTask({
      ...progressText(progress, t, locale),
      onCancel: () => controller.abort(),
    });
  show(null);
  const seal: ExportSeal = { outcome: 'off' };
  const logged = { captureIds, format };
  const result = await loggedExport({
    log: {
      start: (exportId) => askBackground('recordExport', { ...logged, exportId }),
      end: (exportId, end) => askBackground('recordExportEnd', { ...logged, exportId, end }),
    },
    produce: (onProgress) =>
      format === 'zip'
        ? zipBundle(request, exportedAt, controller.signal, onProgress, seal)
        : csvTable(request, onProgress),
    save: (blob) => saveFile(blob, file, controller.signal),
    signal: controller.signal,
    onProgress: show,
  });
  request.setTask(null);
  if (result.status === 'failed') console.error('Export failed', result.error);
  const message = resultMessage(result, file, t);
  request.setMessage(
    result.status === 'saved' && seal.outcome === 'missing'
      ? { kind: 'info', text: `${message.text} ${t('seal.exportUnsealed')}` }
      : message,
  );
}

// The export's heavy code is loaded when first asked for: the list does not wait for it.
async function zipBundle(
  { captureIds, caseName, database, locale }: ExportRequest,
  exportedAt: Date,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
  seal: ExportSeal,
): Promise<Blob> {
  const [{ buildBundle }, { evidenceReportPdf }, { browserJpeg }, fonts] = await Promise.all([
    import('../../lib/export/build-bundle'),
    import('../../lib/pdf/evidence-report'),
    import('../../lib/pdf/browser-jpeg'),
    reportFontFiles(),
  ]);
  const extensionVersion = browser.runtime.getManifest().version;
  const named = { exportedAt, extensionVersion, ...(caseName ? { caseName } : {}) };
  const sealSettings = await readSealSettings();
  const authority = sealAuthorityOf(sealSettings);
  return buildBundle({
    database,
    captureIds,
    language: locale,
    ...named,
    pdf: (captures, drawn) =>
      evidenceReportPdf({
        captures,
        language: locale,
        ...named,
        platformName: (platform) => platformLabel(platform) ?? platform,
        toJpeg: browserJpeg,
        fonts,
        exportSeal: authority && { authorityName: authority.name },
        signal,
        onProgress: drawn,
      }),
    ...(sealSettings.enabled ? { sealSums: sealSumsThroughBackground(seal) } : {}),
    signal,
    onProgress,
  });
}

async function csvTable(
  { captureIds, database, locale }: ExportRequest,
  onProgress: (progress: ExportProgress) => void,
): Promise<Blob> {
  const { capturesCsv } = await import('../../lib/export/captures-csv');
  const [captures, annotations] = await Promise.all([
    database.captures.bulkGet(captureIds),
    database.annotations.bulkGet(captureIds),
  ]);
  const rows = captureIds.map((captureId, index) => {
    const capture = captures[index];
    if (!capture) throw new Error(`No capture ${captureId}`);
    return { capture, annotation: annotations[index] };
  });
  onProgress({ phase: 'reading', done: rows.length, total: rows.length });
  return new Blob([capturesCsv(rows, locale)], { type: 'text/csv' });
}

/** « 312 / 1 000 preuves · rapport PDF », with the bar's numbers; none before the first step. */
function progressText(
  progress: ExportProgress | null,
  t: Translate,
  locale: Locale,
): Pick<LibraryTask, 'label' | 'done' | 'total'> {
  if (!progress) return { label: t('library.exportStarting') };
  if (progress.phase === 'seal') return { label: t('seal.exporting') };
  const { phase, done, total } = progress;
  if (phase === 'saving' || done === undefined || total === undefined)
    return { label: t('library.exportSaving') };
  const values = {
    ...progressValues(done, total, locale),
    phase: t(`library.exportPhase.${phase}`),
  };
  return {
    label: t(phase === 'archive' ? 'library.exportFiles' : 'library.exportCaptures', values),
    done,
    total,
  };
}

export function resultMessage(
  { status, log }: ExportResult,
  file: string,
  t: Translate,
): LibraryMessage {
  if (status === 'saved') return { kind: 'success', text: t('library.exported', { file }) };
  const said = t(status === 'cancelled' ? 'library.exportCancelled' : 'library.exportFailed');
  const logged =
    log === 'ended'
      ? t(status === 'cancelled' ? 'library.exportLoggedCancelled' : 'library.exportLoggedFailed')
      : log === 'end-missing'
        ? t('library.exportEndNotLogged')
        : '';
  return {
    kind: status === 'cancelled' ? 'info' : 'error',
    text: logged ? `${said} ${logged}` : said,
  };
}
