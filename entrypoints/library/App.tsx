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
import { summarize, type CaptureSummary } from '../../lib/library/capture-summary';
import { filterCaptures, type LibraryFilter } from '../../lib/library/filter-captures';
import { askBackgroundLater as askBackground } from '../../lib/messaging/ask-background-later';
import { REPORT_CATEGORIES } from '../../lib/reporting/report-categories/index';
import { PLATFORM_LABELS, platformLabel } from '../../lib/sites/platform-names';
import { lazyComponent } from '../../lib/extension-pages/lazy-component';
import { useObjectUrls } from '../../lib/extension-pages/object-urls';
import { openReport } from '../../lib/extension-pages/open-report';
import { saveError } from '../../lib/i18n/save-error';
import { exportSelection } from './export-selection';
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
  const locale = uiLocale();
  return captures.map((capture, index) => summarize(capture, annotations[index], locale));
}

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
  const [message, setMessage] = useState<LibraryMessage | null>(null);
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

  const exportChosen = (format: 'zip' | 'csv' | 'json') =>
    void exportSelection({
      format,
      captureIds: chosen,
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
      openId={openId}
      thumbnails={thumbnails}
      listHeight={listHeight}
      task={task}
      message={message}
      onDismissMessage={() => setMessage(null)}
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
      onExportZip={() => exportChosen('zip')}
      onExportCsv={() => exportChosen('csv')}
      onExportJson={() => exportChosen('json')}
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
