import type { ComponentChildren } from 'preact';
import { capturedOn } from '../../../lib/evidence/capture-name';
import type { Locale, Translate } from '../../../lib/i18n/translate';
import type { CaptureSummary } from '../../../lib/library/capture-summary';
import type { LibraryFilter } from '../../../lib/library/filter-captures';
import { Notice } from '../../../components/Notice';
import { CaseAssign, type CaseTarget } from './CaseAssign';
import { LibraryFilters, type FilterOptions } from './LibraryFilters';
import { VirtualGrid } from './VirtualGrid';
import { VirtualRows } from './VirtualRows';

export type LibraryView = 'list' | 'grid' | 'stats';
const VIEWS: LibraryView[] = ['list', 'grid', 'stats'];

const ROW_HEIGHT = 64;

/** Long work in progress: what it is doing, and how far, when that can be counted. */
export interface LibraryTask {
  label: string;
  done?: number;
  total?: number;
  onCancel?: () => void;
}

/** What the page says after an action; `info` for what is neither a success nor a failure. */
export interface LibraryMessage {
  kind: 'success' | 'error' | 'info';
  text: string;
}

export interface LibraryPageProps {
  t: Translate;
  locale: Locale;
  total: number | undefined;
  results: CaptureSummary[];
  filter: LibraryFilter;
  filterOptions: FilterOptions;
  selected: ReadonlySet<string>;
  thumbnails: Record<string, string | undefined>;
  listHeight: number;
  task: LibraryTask | null;
  message: LibraryMessage | null;
  onDismissMessage: () => void;
  detail: ComponentChildren;
  view: LibraryView;
  /** The statistics of the captures shown, drawn by the app when asked for. */
  statistics: ComponentChildren;
  onView: (view: LibraryView) => void;
  /** The import check's outcome, drawn by the app. */
  verification: ComponentChildren;
  onFilter: (filter: LibraryFilter) => void;
  onToggle: (id: string, selected: boolean) => void;
  onSelectAll: (selected: boolean) => void;
  onOpen: (id: string) => void;
  onVisible: (first: number, last: number) => void;
  onExportZip: () => void;
  onExportCsv: () => void;
  onReport: () => void;
  onTrash: () => void;
  onRestore: () => void;
  onEmptyTrash: () => void;
  onImport: (file: File) => void;
  onSettings: () => void;
  onAddToCase: (target: CaseTarget) => void;
}

/** The evidence library: search on the left, the captures in the middle, one open on the right. */
export function LibraryPage(props: LibraryPageProps) {
  const { t, locale, results, selected } = props;
  const count = selected.size;
  const row = (index: number) => {
    const capture = results[index]!;
    return (
      <CaptureRow
        capture={capture}
        thumbnail={props.thumbnails[capture.id]}
        checked={selected.has(capture.id)}
        capturedOn={capturedOn(capture.capturedAt, locale)}
        t={t}
        onToggle={(value) => props.onToggle(capture.id, value)}
        onOpen={() => props.onOpen(capture.id)}
      />
    );
  };
  return (
    <div class="library">
      <header class="library-header row wrap">
        <h1>{t('library.title')}</h1>
        <p class="muted" role="status">
          {props.total === undefined
            ? t('library.loading')
            : t('library.count', { count: results.length, total: props.total })}
        </p>
        <button type="button" onClick={props.onSettings}>
          {t('settings.open')}
        </button>
        <label class="button import">
          {t('library.import')}
          <input
            type="file"
            accept=".zip,application/zip"
            class="visually-hidden"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) props.onImport(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
      </header>
      {props.message && (
        <Notice
          kind={props.message.kind}
          closeLabel={t('notice.dismiss')}
          onDismiss={props.onDismissMessage}
        >
          {props.message.text}
        </Notice>
      )}
      {props.task && (
        <div class="notice task" role="status">
          <label>
            {props.task.label}{' '}
            {props.task.done === undefined ? (
              <progress />
            ) : (
              <progress max={props.task.total} value={props.task.done} />
            )}
          </label>
          {props.task.onCancel && (
            <button type="button" onClick={props.task.onCancel}>
              {t('library.cancel')}
            </button>
          )}
        </div>
      )}
      {props.verification}
      <div class="library-body">
        <aside class="library-filters">
          <LibraryFilters
            filter={props.filter}
            options={props.filterOptions}
            t={t}
            onChange={props.onFilter}
          />
        </aside>
        <section class="library-results" aria-label={t('library.results')}>
          <div class="row wrap bulk" aria-label={t('library.bulk')}>
            <label class="choice">
              <input
                type="checkbox"
                checked={count > 0 && count === results.length}
                onChange={(event) => props.onSelectAll(event.currentTarget.checked)}
              />
              {count ? t('library.selected', { count }) : t('library.selectAll')}
            </label>
            <button type="button" disabled={!count} onClick={props.onExportZip}>
              {t('library.exportZip')}
            </button>
            <button type="button" disabled={!count} onClick={props.onExportCsv}>
              {t('library.exportCsv')}
            </button>
            <button type="button" disabled={!count} onClick={props.onReport}>
              {t('library.report')}
            </button>
            {props.filter.trash ? (
              <>
                <button type="button" disabled={!count} onClick={props.onRestore}>
                  {t('library.restore')}
                </button>
                <button type="button" disabled={!results.length} onClick={props.onEmptyTrash}>
                  {t('library.emptyTrash')}
                </button>
              </>
            ) : (
              <button type="button" disabled={!count} onClick={props.onTrash}>
                {t('library.moveToTrash')}
              </button>
            )}
          </div>
          <CaseAssign
            cases={props.filterOptions.cases}
            disabled={!count}
            t={t}
            onAssign={props.onAddToCase}
          />
          <div class="row view-switch" role="group" aria-label={t('library.view')}>
            {VIEWS.map((view) => (
              <button
                type="button"
                key={view}
                aria-pressed={props.view === view}
                onClick={() => props.onView(view)}
              >
                {t(`library.view.${view}`)}
              </button>
            ))}
          </div>
          {props.total === 0 ? (
            <p class="notice">{t('library.empty')}</p>
          ) : props.view === 'stats' ? (
            props.statistics
          ) : props.view === 'grid' ? (
            <VirtualGrid
              count={results.length}
              cardWidth={200}
              cardHeight={180}
              hint={t('grid.keys')}
              height={props.listHeight}
              label={t('library.results')}
              onRange={props.onVisible}
              renderItem={(index) => row(index)}
            />
          ) : (
            <VirtualRows
              count={results.length}
              rowHeight={ROW_HEIGHT}
              height={props.listHeight}
              label={t('library.results')}
              onRange={props.onVisible}
              renderRow={(index) => row(index)}
            />
          )}
        </section>
        <section class="library-detail" aria-label={t('library.detail')}>
          {props.detail ?? <p class="muted">{t('library.pick')}</p>}
        </section>
      </div>
    </div>
  );
}

function CaptureRow(props: {
  capture: CaptureSummary;
  thumbnail: string | undefined;
  checked: boolean;
  capturedOn: string;
  t: Translate;
  onToggle: (selected: boolean) => void;
  onOpen: () => void;
}) {
  const { capture, t } = props;
  return (
    <div class="capture-row" data-capture-id={capture.id}>
      <input
        type="checkbox"
        checked={props.checked}
        aria-label={t('library.selectOne', { name: capture.name, time: props.capturedOn })}
        onChange={(event) => props.onToggle(event.currentTarget.checked)}
      />
      <button type="button" class="open" onClick={props.onOpen}>
        {props.thumbnail ? <img src={props.thumbnail} alt="" /> : <span class="no-thumbnail" />}
        <span>
          <span class="capture-name">{capture.name}</span>
          <time class="muted" dateTime={capture.capturedAt}>
            {props.capturedOn}
          </time>
          {capture.reported && <span class="tag reported">{t('list.reported')}</span>}
          {capture.imagesDeleted && <span class="tag">{t('library.noImages')}</span>}
        </span>
      </button>
    </div>
  );
}
