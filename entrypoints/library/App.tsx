import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { LibraryPage, type LibraryTask, type LibraryView } from './components/LibraryPage';
import { StatisticsView } from './components/StatisticsView';
import { captureStatistics } from '../../lib/library/statistics';
import { channelName } from '../../lib/reporting/official-channels';
import { categoryById } from '../../lib/reporting/report-categories/index';
import type { EvidenceDatabase } from '../../lib/evidence/database';
import { translator } from '../../lib/i18n/translate';
import { uiLocale } from '../../lib/i18n/ui-locale';
import { summarize, type CaptureSummary } from '../../lib/library/capture-summary';
import { filterCaptures, type LibraryFilter } from '../../lib/library/filter-captures';
import { askBackgroundLater as askBackground } from '../../lib/messaging/ask-background-later';
import { REPORT_CATEGORIES } from '../../lib/reporting/report-categories/index';
import { PLATFORM_LABELS, platformLabel } from '../../lib/sites/platform-names';
import { lazyComponent } from '../../lib/extension-pages/lazy-component';
import { downloadFile } from '../../lib/extension-pages/download-file';
import { useObjectUrls } from '../../lib/extension-pages/object-urls';
import { openReport } from '../../lib/extension-pages/open-report';
import { saveError } from '../../lib/i18n/save-error';
import { useBundleCheck } from './use-bundle-check';
import { useCaptureInAddress } from './use-capture-in-address';
import { useLiveQuery } from '../../lib/extension-pages/use-live-query';

const PLATFORMS = Object.entries(PLATFORM_LABELS).map(([id, label]) => ({ id, label }));
const platformName = (platform: string) => platformLabel(platform) ?? '';
const FIRST_SCREEN = 40;
// The detail (verification, notes, messages) loads when a capture is first opened.
const CaptureDetailFromStore = lazyComponent(
  async () =>
    (await import('../../lib/extension-pages/CaptureDetailFromStore')).CaptureDetailFromStore,
);
export const FIRST_SCREEN_MARK = 'temoin:library-first-screen';

/** The newest captures, for the first screen; started before the page draws anything. */
export function loadFirstScreen(database: EvidenceDatabase): Promise<CaptureSummary[]> {
  return loadSummaries(database, FIRST_SCREEN);
}

async function loadSummaries(database: EvidenceDatabase, limit?: number) {
  const newestFirst = database.captures.orderBy('capturedAt').reverse();
  const captures = await (limit ? newestFirst.limit(limit) : newestFirst).toArray();
  const annotations = await database.annotations.bulkGet(captures.map((capture) => capture.id));
  return captures.map((capture, index) => summarize(capture, annotations[index]));
}

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').slice(0, 15);

/** The evidence library page: search, select, open, export, report, trash. */
export function LibraryApp(props: {
  /** The store, opened early by the page's entry so its first read starts at once. */
  database: EvidenceDatabase;
  /** The newest captures, when they were read before the first drawing. */
  firstScreen?: CaptureSummary[] | undefined;
}) {
  const { database } = props;
  const locale = uiLocale();
  const t = useMemo(() => translator(locale), [locale]);
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useCaptureInAddress();
  const [range, setRange] = useState<[number, number]>([0, 0]);
  const [task, setTask] = useState<LibraryTask | null>(null);
  const [view, setView] = useState<LibraryView>('list');
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [listHeight, setListHeight] = useState(() => Math.max(320, window.innerHeight - 220));
  const check = useBundleCheck(t, setTask, database);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('library.title');
    const onResize = () => setListHeight(Math.max(320, window.innerHeight - 220));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [locale, t]);

  // The newest captures first, so the first screen shows at once; the whole index follows.
  const live = useLiveQuery(() => loadSummaries(database, FIRST_SCREEN), []);
  // Drawn from what was read before the page started, until the live query answers.
  const newest = live ?? props.firstScreen;
  // Only once the first screen is drawn: both reads would otherwise share the same disk.
  const firstScreenShown = newest !== undefined;
  const summaries = useLiveQuery(
    async () => (firstScreenShown ? loadSummaries(database) : undefined),
    [firstScreenShown],
  );
  const knownTags = useMemo(
    () => [...new Set((summaries ?? []).flatMap((summary) => summary.tags))].sort(),
    [summaries],
  );
  // The benchmark reads this: the moment the first rows have been drawn.
  useEffect(() => {
    if (firstScreenShown && !performance.getEntriesByName(FIRST_SCREEN_MARK).length)
      performance.mark(FIRST_SCREEN_MARK);
  }, [firstScreenShown]);
  const cases = useLiveQuery(() => database.cases.orderBy('name').toArray(), []);
  const results = useMemo(
    () => filterCaptures(summaries ?? newest ?? [], filter),
    [summaries, newest, filter],
  );
  const statistics = useMemo(
    () => (view === 'stats' ? captureStatistics(results) : undefined),
    [view, results],
  );
  const visibleIds = results.slice(range[0], range[1]).map((summary) => summary.id);
  const thumbnailBlobs = useLiveQuery(async () => {
    const files = await database.files.bulkGet(visibleIds.map((id) => `${id}/thumbnail`));
    return Object.fromEntries(files.flatMap((file) => (file ? [[file.captureId, file.blob]] : [])));
  }, [visibleIds.join()]);
  const thumbnails = useObjectUrls(thumbnailBlobs);
  const chosen = results.filter((summary) => selected.has(summary.id)).map((summary) => summary.id);

  const fail = (error: unknown) => setMessage({ kind: 'error', text: saveError(error, t) });

  /** Moves the selection to or out of the trash, logged by the background, and says so. */
  async function moveSelection(
    action: 'trash' | 'restore',
    said: 'library.trashed' | 'library.restored',
  ) {
    try {
      await askBackground(action, { captureIds: chosen });
      setSelected(new Set());
      setMessage({ kind: 'success', text: t(said, { count: chosen.length }) });
    } catch (error) {
      fail(error);
    }
  }

  async function exportZip() {
    const controller = new AbortController();
    const exportedAt = new Date();
    const caseName = cases?.find((item) => item.id === filter.caseId)?.name;
    setTask({
      label: t('library.exporting'),
      done: 0,
      total: chosen.length,
      onCancel: () => controller.abort(),
    });
    try {
      await askBackground('recordExport', {
        captureIds: chosen,
        format: 'zip',
        exportId: crypto.randomUUID(),
      });
      // Loaded when first asked for: the list does not wait for the export code.
      const [{ buildBundle }, { evidenceReportPdf }, { browserJpeg }] = await Promise.all([
        import('../../lib/export/build-bundle'),
        import('../../lib/pdf/evidence-report'),
        import('../../lib/pdf/browser-jpeg'),
      ]);
      const extensionVersion = browser.runtime.getManifest().version;
      const blob = await buildBundle({
        database,
        captureIds: chosen,
        language: locale,
        exportedAt,
        extensionVersion,
        ...(caseName ? { caseName } : {}),
        pdf: (captures) =>
          evidenceReportPdf({
            captures,
            language: locale,
            exportedAt,
            extensionVersion,
            ...(caseName ? { caseName } : {}),
            platformName,
            toJpeg: browserJpeg,
            signal: controller.signal,
          }),
        signal: controller.signal,
        onProgress: (done, total) => setTask((current) => current && { ...current, done, total }),
      });
      const file = `temoin-export-${stamp(exportedAt)}.zip`;
      downloadFile(blob, file);
      setMessage({ kind: 'success', text: t('library.exported', { file }) });
    } catch (error) {
      if (controller.signal.aborted) setMessage({ kind: 'success', text: t('library.cancelled') });
      else fail(error);
    } finally {
      setTask(null);
    }
  }

  return (
    <LibraryPage
      t={t}
      locale={locale}
      total={summaries?.filter((summary) => !summary.trashed).length ?? newest?.length}
      results={results}
      filter={filter}
      filterOptions={{
        platforms: PLATFORMS,
        categories: REPORT_CATEGORIES.map((category) => ({
          id: category.id,
          label: category.label[locale],
        })),
        cases: (cases ?? []).map((item) => ({ id: item.id, label: item.name })),
      }}
      selected={selected}
      thumbnails={thumbnails}
      listHeight={listHeight}
      task={task}
      message={message}
      verification={check.view}
      view={view}
      onView={setView}
      statistics={
        view === 'stats' && (
          <StatisticsView
            statistics={statistics!}
            t={t}
            locale={locale}
            label={(chart, key) =>
              chart === 'category'
                ? (categoryById(key)?.label[locale] ?? key)
                : chart === 'platform'
                  ? platformName(key) || key
                  : channelName(key)
            }
          />
        )
      }
      platformLabel={platformName}
      detail={
        openId && (
          <CaptureDetailFromStore
            database={database}
            captureId={openId}
            t={t}
            locale={locale}
            onBack={() => setOpenId(null)}
            onOpenCapture={setOpenId}
            onReport={(id) => void openReport([id], { closeWindow: false })}
            knownTags={knownTags}
          />
        )
      }
      onFilter={(next) => {
        setFilter(next);
        setSelected(new Set());
      }}
      onToggle={(id, value) => {
        const next = new Set(selected);
        if (value) next.add(id);
        else next.delete(id);
        setSelected(next);
      }}
      onSelectAll={(value) =>
        setSelected(value ? new Set(results.map((summary) => summary.id)) : new Set())
      }
      onOpen={setOpenId}
      onVisible={(first, last) => setRange([first, last])}
      onExportZip={() => void exportZip()}
      onExportCsv={async () => {
        const { capturesCsv } = await import('../../lib/export/captures-csv');
        const [captures, annotations] = await Promise.all([
          database.captures.bulkGet(chosen),
          database.annotations.bulkGet(chosen),
        ]);
        const rows = chosen.map((_, index) => ({
          capture: captures[index]!,
          annotation: annotations[index],
        }));
        downloadFile(
          new Blob([capturesCsv(rows)], { type: 'text/csv' }),
          `temoin-${stamp(new Date())}.csv`,
        );
      }}
      onReport={() => void openReport(chosen, { closeWindow: false })}
      onTrash={() => void moveSelection('trash', 'library.trashed')}
      onRestore={() => void moveSelection('restore', 'library.restored')}
      onEmptyTrash={async () => {
        // Deleting for good cannot be undone: the browser's own confirmation, always focused.
        if (!window.confirm(t('library.emptyTrashConfirm', { count: results.length }))) return;
        try {
          const { emptied } = await askBackground('emptyTrash', {});
          setMessage({ kind: 'success', text: t('library.emptied', { count: emptied }) });
        } catch (error) {
          fail(error);
        }
      }}
      onImport={(file) => void check.run(file)}
      onAddToCase={async (target) => {
        try {
          const caseId =
            'caseId' in target
              ? target.caseId
              : (await askBackground('createCase', { name: target.name })).caseId;
          await askBackground('addToCase', { captureIds: chosen, caseId });
          const name =
            'name' in target ? target.name : cases?.find((item) => item.id === caseId)?.name;
          setMessage({
            kind: 'success',
            text: t('library.addedToCase', { count: chosen.length, name: name ?? '' }),
          });
        } catch (error) {
          fail(error);
        }
      }}
    />
  );
}
