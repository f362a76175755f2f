import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import {
  LibraryPage,
  type LibraryMessage,
  type LibraryTask,
  type LibraryView,
} from './components/LibraryPage';
import { StatisticsView } from './components/StatisticsView';
import { captureStatistics } from '../../lib/library/statistics';
import { channelName } from '../../lib/reporting/official-channels';
import { categoryById } from '../../lib/reporting/report-categories/index';
import type { EvidenceDatabase } from '../../lib/evidence/database';
import { translator } from '../../lib/i18n/translate';
import { uiLocale } from '../../lib/i18n/ui-locale';
import type { LibraryIndex } from '../../lib/library/load-library';
import type { LibraryFilter } from '../../lib/library/filter-captures';
import { askBackgroundLater as askBackground } from '../../lib/messaging/ask-background-later';
import { REPORT_CATEGORIES } from '../../lib/reporting/report-categories/index';
import { PLATFORM_LABELS, platformLabel } from '../../lib/sites/platform-names';
import { lazyComponent } from '../../lib/extension-pages/lazy-component';
import { useObjectUrls } from '../../lib/extension-pages/object-urls';
import { openReport } from '../../lib/extension-pages/open-report';
import { saveError } from '../../lib/i18n/save-error';
import { exportSelection } from './export-selection';
import { exportByAuthor } from './export-by-author';
import { AuthorDossier } from './components/AuthorDossier';
import { useBundleCheck } from './use-bundle-check';
import { useThreadCheck } from './use-thread-check';
import { useCaptureInAddress } from './use-capture-in-address';
import { useLiveQuery } from '../../lib/extension-pages/use-live-query';
import { useLibraryIndex } from './use-library-index';
import { useLibraryRows } from './use-library-rows';
import { useScreenPictures } from './use-screen-pictures';

const PLATFORMS = Object.entries(PLATFORM_LABELS).map(([id, label]) => ({ id, label }));
const platformName = (platform: string) => platformLabel(platform) ?? '';
// The detail (verification, notes, messages) loads when a capture is first opened.
const CaptureDetailFromStore = lazyComponent(
  async () =>
    (await import('../../lib/extension-pages/CaptureDetailFromStore')).CaptureDetailFromStore,
);
export const FIRST_SCREEN_MARK = 'temoin:library-first-screen';

/** The evidence library page: search, select, open, export, report, trash. */
export function LibraryApp(props: {
  /** The store, opened early by the page's entry so its first read starts at once. */
  database: EvidenceDatabase;
  /** The newest captures and threads, read as the page started (undefined if that failed). */
  firstScreen: Promise<LibraryIndex | undefined>;
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
  const [message, setMessage] = useState<LibraryMessage | null>(null);
  const [listHeight, setListHeight] = useState(() => Math.max(320, window.innerHeight - 220));
  const check = useBundleCheck(t, setTask, database);
  const threadCheck = useThreadCheck(database, t);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('library.title');
    const onResize = () => setListHeight(Math.max(320, window.innerHeight - 220));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [locale, t]);

  const index = useLibraryIndex(database, locale, props.firstScreen);
  const firstScreenShown = index !== undefined;
  const summaries = index?.complete ? index.items : undefined;
  // Counted once per index, not on each drawing: with 100,000 items each pass shows.
  const total = useMemo(
    () => summaries?.reduce((count, summary) => count + (summary.trashed ? 0 : 1), 0),
    [summaries],
  );
  const knownTags = useMemo(
    () => [...new Set((summaries ?? []).flatMap((summary) => summary.tags))].sort(),
    [summaries],
  );
  const [openThreads, setOpenThreads] = useState<ReadonlySet<string>>(new Set());
  // The benchmark reads this: the moment the first rows have been drawn.
  useEffect(() => {
    if (firstScreenShown && !performance.getEntriesByName(FIRST_SCREEN_MARK).length)
      performance.mark(FIRST_SCREEN_MARK);
  }, [firstScreenShown]);
  const cases = useLiveQuery(() => database.cases.orderBy('name').toArray(), []);
  const { results, rows, rowIds } = useLibraryRows(index, filter, openThreads);
  const statistics = useMemo(
    () => (view === 'stats' ? captureStatistics(results) : undefined),
    [view, results],
  );
  const drawn = rows.slice(range[0], range[1]);
  const visibleIds = drawn.flatMap((row) => (row.kind === 'capture' ? [row.capture.id] : []));
  const thumbnailBlobs = useLiveQuery(async () => {
    const files = await database.files.bulkGet(visibleIds.map((id) => `${id}/thumbnail`));
    return Object.fromEntries(files.flatMap((file) => (file ? [[file.captureId, file.blob]] : [])));
  }, [visibleIds.join()]);
  const thumbnails = useObjectUrls(thumbnailBlobs);
  const screens = useScreenPictures(
    database,
    drawn.flatMap((row) => (row.kind === 'post' && row.post.crop ? [row.post.crop.screenId] : [])),
  );
  const chosen = useMemo(() => rowIds.filter((id) => selected.has(id)), [rowIds, selected]);
  // Exports take the chosen captures and threads; the report page takes one thread at a time.
  const chosenCaptures = chosen.filter((id) => !index?.threads.has(id));
  const chosenThreads = chosen.filter((id) => index?.threads.has(id));

  const openAuthorKey = useMemo(
    () => (openId ? index?.items.find((item) => item.id === openId)?.authorKey : undefined),
    [openId, index],
  );
  const exporting = { database, locale, t, setTask, setMessage };
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

  const exportChosen = (format: 'zip' | 'csv' | 'json') =>
    void exportSelection({
      format,
      captureIds: chosenCaptures,
      threadIds: chosenThreads,
      caseName: cases?.find((item) => item.id === filter.caseId)?.name,
      database,
      locale,
      t,
      setTask,
      setMessage,
    });

  return (
    <LibraryPage
      t={t}
      locale={locale}
      total={total}
      shown={results.length}
      rows={rows}
      selectable={rowIds.length}
      screens={screens}
      openThreads={openThreads}
      platformName={platformName}
      onOpenThread={(threadId) => {
        const next = new Set(openThreads);
        if (!next.delete(threadId)) next.add(threadId);
        setOpenThreads(next);
      }}
      onVerifyThread={(threadId, title) => void threadCheck.verify(threadId, title)}
      onAuthor={(authorKey) => {
        setFilter({ authorKey });
        setSelected(new Set());
      }}
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
      openId={openId}
      thumbnails={thumbnails}
      listHeight={listHeight}
      task={task}
      message={message}
      onDismissMessage={() => setMessage(null)}
      verification={[check.view, threadCheck.view]}
      dossier={
        filter.authorKey && (
          <AuthorDossier
            items={results}
            authorKey={filter.authorKey}
            platformName={platformName}
            t={t}
            onReport={(format) => void exportByAuthor({ format, items: results, ...exporting })}
            onClose={() => setFilter({})}
          />
        )
      }
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
      detail={
        openId && (
          <>
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
            {/* After the detail: « Signaler… » stays two Tabs after the capture. */}
            {openAuthorKey && (
              <button
                type="button"
                class="author-everything"
                onClick={() => setFilter({ authorKey: openAuthorKey })}
              >
                {t('library.author.everything')}
              </button>
            )}
          </>
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
      onSelectAll={(value) => setSelected(value ? new Set(rowIds) : new Set())}
      onOpen={setOpenId}
      onVisible={(first, last) => setRange([first, last])}
      onExportZip={() => exportChosen('zip')}
      onExportCsv={() => exportChosen('csv')}
      onExportJson={() => exportChosen('json')}
      onReport={() =>
        void openReport(chosenCaptures, { closeWindow: false, threadId: chosenThreads[0] })
      }
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
      onSettings={() => void browser.runtime.openOptionsPage()}
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
