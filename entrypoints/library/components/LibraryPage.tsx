import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { SkipLink } from '../../../components/SkipLink';
import { capturedOn } from '../../../lib/evidence/capture-name';
import type { Locale, Translate } from '../../../lib/i18n/translate';
import type { CaptureSummary } from '../../../lib/library/capture-summary';
import { activeCriteria, emptyState } from '../../../lib/library/empty-state';
import type { LibraryFilter } from '../../../lib/library/filter-captures';
import { Notice } from '../../../components/Notice';
import { CaseAssign, type CaseTarget } from './CaseAssign';
import { LibraryFilters, type FilterOptions } from './LibraryFilters';
import { LibraryResults, RESULTS_TARGET, type LibraryView } from './LibraryResults';
import { useDetailFocus } from '../use-detail-focus';

export type { LibraryView };

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
  /** The capture shown in the detail, highlighted in the list. */
  openId: string | null;
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
  onExportJson: () => void;
  onReport: () => void;
  onTrash: () => void;
  onRestore: () => void;
  onEmptyTrash: () => void;
  onImport: (file: File) => void;
  onSettings: () => void;
  onAddToCase: (target: CaseTarget) => void;
}

/**
 * The evidence library: search on the left, the captures in the middle, one open on the right;
 * on a narrow window, the filters fold away and the open capture comes after the list.
 */
export function LibraryPage(props: LibraryPageProps) {
  const { t, locale, results, selected } = props;
  const count = selected.size;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const criteria = activeCriteria(props.filter);
  const list = useRef<HTMLElement>(null);
  const detail = useRef<HTMLElement>(null);
  useDetailFocus(props.openId, list, detail);
  const row = (index: number, tabbable: boolean) => {
    const capture = results[index]!;
    return (
      <CaptureRow
        capture={capture}
        thumbnail={props.thumbnails[capture.id]}
        checked={selected.has(capture.id)}
        current={capture.id === props.openId}
        tabbable={tabbable}
        capturedOn={capturedOn(capture.capturedAt, locale)}
        t={t}
        onToggle={(value) => props.onToggle(capture.id, value)}
        onOpen={() => props.onOpen(capture.id)}
      />
    );
  };
  return (
    <>
      <SkipLink target={RESULTS_TARGET} label={t('library.skipToList')} />
      <main class="library">
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
                <progress max={props.task.total} value={props.task.done}>
                  {props.task.done}/{props.task.total}
                </progress>
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
          <div class="library-filters" data-open={filtersOpen}>
            <button
              type="button"
              class="filters-toggle"
              aria-expanded={filtersOpen}
              aria-controls="library-filters"
              onClick={() => setFiltersOpen(!filtersOpen)}
            >
              {criteria ? t('library.filtersActive', { count: criteria }) : t('library.filters')}
            </button>
            <div id="library-filters">
              <LibraryFilters
                filter={props.filter}
                options={props.filterOptions}
                t={t}
                onChange={props.onFilter}
              />
            </div>
          </div>
          <section class="library-results" aria-label={t('library.results')} ref={list}>
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
              <button type="button" disabled={!count} onClick={props.onExportJson}>
                {t('library.exportJson')}
              </button>
              <button type="button" disabled={!count} onClick={props.onReport}>
                {t('library.report')}
              </button>
              {props.filter.trash ? (
                <>
                  <button type="button" disabled={!count} onClick={props.onRestore}>
                    {t('library.restore')}
                  </button>
                  <button
                    type="button"
                    class="danger"
                    disabled={!results.length}
                    onClick={props.onEmptyTrash}
                  >
                    {t('library.emptyTrash')}
                  </button>
                </>
              ) : (
                <button type="button" class="danger" disabled={!count} onClick={props.onTrash}>
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
            <LibraryResults
              t={t}
              view={props.view}
              count={results.length}
              empty={emptyState(props.filter, results.length, props.total)}
              statistics={props.statistics}
              listHeight={props.listHeight}
              onView={props.onView}
              onVisible={props.onVisible}
              onClearFilters={() => props.onFilter(props.filter.trash ? { trash: true } : {})}
              renderCapture={row}
            />
          </section>
          <section
            class={props.detail ? 'library-detail has-capture' : 'library-detail'}
            id="library-detail"
            aria-label={t('library.detail')}
            tabIndex={-1}
            ref={detail}
          >
            {props.detail ?? <p class="muted">{t('library.pick')}</p>}
          </section>
        </div>
      </main>
    </>
  );
}

function CaptureRow(props: {
  capture: CaptureSummary;
  thumbnail: string | undefined;
  checked: boolean;
  /** Open in the detail. */
  current: boolean;
  /** The list's one Tab stop; the other rows' controls are reached by the arrow keys. */
  tabbable: boolean;
  capturedOn: string;
  t: Translate;
  onToggle: (selected: boolean) => void;
  onOpen: () => void;
}) {
  const { capture, t } = props;
  return (
    <div class={`capture-row${props.current ? ' current' : ''}`} data-capture-id={capture.id}>
      <input
        type="checkbox"
        tabIndex={props.tabbable ? 0 : -1}
        checked={props.checked}
        aria-label={t('library.selectOne', { name: capture.name, time: props.capturedOn })}
        onChange={(event) => props.onToggle(event.currentTarget.checked)}
      />
      <button
        type="button"
        class="open"
        tabIndex={props.tabbable ? 0 : -1}
        aria-current={props.current ? 'true' : undefined}
        onClick={props.onOpen}
      >
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
