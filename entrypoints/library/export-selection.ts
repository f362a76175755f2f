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
import { platformLabel } from '../../lib/sites/platform-names';
import { sealSumsThroughBackground, type ExportSeal } from './seal-export';

export interface ExportRequest {
  format: 'zip' | 'csv' | 'json';
  captureIds: string[];
  /** Threads that go into the export (their posts after the captures' in CSV and JSON). */
  threadIds?: string[];
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
  const { format, captureIds, threadIds = [], locale, t } = request;
  const controller = new AbortController();
  const exportedAt = new Date();
  const file =
    format === 'zip'
      ? `temoin-export-${stamp(exportedAt)}.zip`
      : `temoin-posts-${stamp(exportedAt)}.${format}`;
  // Drawn at most every 100 ms within a phase: redrawing the page for each of a thousand
  // captures slowed the export it reports on.
  let shown = { phase: '', at: 0 };
  const show = (progress: ExportProgress | null) => {
    const now = performance.now();
    const phase = progress?.phase ?? '';
    if (phase === shown.phase && now - shown.at < 100) return;
    shown = { phase, at: now };
    request.setTask({
      ...progressText(progress, t, locale),
      onCancel: () => controller.abort(),
    });
  };
  show(null);
  const seal: ExportSeal = { outcome: 'off' };
  // Every capture's and every thread's custody log says it was exported.
  const logged = { captureIds: [...captureIds, ...threadIds], format };
  const result = await loggedExport({
    log: {
      start: (exportId) => askBackground('recordExport', { ...logged, exportId }),
      end: (exportId, end) => askBackground('recordExportEnd', { ...logged, exportId, end }),
    },
    produce: (onProgress) =>
      format === 'zip'
        ? zipBundle(request, exportedAt, controller.signal, onProgress, seal)
        : postsFile(request, format, exportedAt, onProgress),
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
  { captureIds, threadIds = [], caseName, database, locale }: ExportRequest,
  exportedAt: Date,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
  seal: ExportSeal,
): Promise<Blob> {
  // The seal's settings and authorities too: they load the schema library and the
  // authorities' certificates, which the list never needs.
  const [
    { buildBundle },
    { evidenceReportPdf },
    { browserJpeg },
    { reportScripts },
    { readSealSettings },
    { sealAuthorityOf },
  ] = await Promise.all([
    import('../../lib/export/build-bundle'),
    import('../../lib/pdf/evidence-report'),
    import('../../lib/pdf/browser-jpeg'),
    import('../../lib/pdf/report-scripts'),
    import('../../lib/settings/seal-settings'),
    import('../../lib/seal/seal-authority'),
  ]);
  const extensionVersion = browser.runtime.getManifest().version;
  const named = { exportedAt, extensionVersion, ...(caseName ? { caseName } : {}) };
  const sealSettings = await readSealSettings();
  const authority = sealAuthorityOf(sealSettings);
  return buildBundle({
    database,
    captureIds,
    threadIds,
    language: locale,
    ...named,
    pdf: async (captures, drawn) =>
      evidenceReportPdf({
        captures,
        language: locale,
        ...named,
        platformName: (platform) => platformLabel(platform) ?? platform,
        toJpeg: browserJpeg,
        // Only the fonts of the scripts the report prints are read.
        fonts: await reportFontFiles(reportScripts(captures, caseName ? [caseName] : [])),
        exportSeal: authority && { authorityName: authority.name },
        signal,
        onProgress: drawn,
      }),
    ...(sealSettings.enabled ? { sealSums: sealSumsThroughBackground(seal) } : {}),
    signal,
    onProgress,
  });
}

/** One row (CSV) or object (JSON) per post: every capture, then every thread post. */
async function postsFile(
  { captureIds, threadIds = [], database }: ExportRequest,
  format: 'csv' | 'json',
  exportedAt: Date,
  onProgress: (progress: ExportProgress) => void,
): Promise<Blob> {
  const [{ readPosts }, { postsCsv }, { postsJson }] = await Promise.all([
    import('../../lib/export/post-rows'),
    import('../../lib/export/posts-csv'),
    import('../../lib/export/posts-json'),
  ]);
  const posts = await readPosts(database, captureIds, threadIds);
  onProgress({ phase: 'reading', done: posts.length, total: posts.length });
  if (format === 'csv') return new Blob([postsCsv(posts)], { type: 'text/csv' });
  const extensionVersion = browser.runtime.getManifest().version;
  return new Blob([postsJson(posts, { exportedAt, extensionVersion })], {
    type: 'application/json',
  });
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
