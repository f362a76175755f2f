import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { SkipLink } from '../../../components/SkipLink';
import type { Locale, Translate } from '../../../lib/i18n/translate';
import type { LibraryRow } from '../../../lib/library/library-rows';
import { activeCriteria, emptyState } from '../../../lib/library/empty-state';
import type { LibraryFilter } from '../../../lib/library/filter-captures';
import { Notice } from '../../../components/Notice';
import { CaseAssign, type CaseTarget } from './CaseAssign';
import { LibraryFilters, type FilterOptions } from './LibraryFilters';
import { LibraryResults, RESULTS_TARGET, type LibraryView } from './LibraryResults';
import { useDetailFocus } from '../use-detail-focus';
import { LibraryRowView, type RowContext } from './LibraryRowView';
import type { ScreenPicture } from './PostRow';

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
  /** Items stored (captures and threads' posts), trash aside; undefined while loading. */
  total: number | undefined;
  /** Items the filters keep: captures and posts, counted alike. */
  shown: number;
  rows: LibraryRow[];
  /** Rows that can be selected: captures and threads, not posts. */
  selectable: number;
  screens: Record<string, ScreenPicture | undefined>;
  openThreads: ReadonlySet<string>;
  platformName: (platform: string) => string;
  onOpenThread: (threadId: string) => void;
  onVerifyThread: (threadId: string, title: string) => void;
  onAuthor: (authorKey: string) => void;
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
  /** An author's dossier, when the list shows one, drawn by the app. */
  dossier: ComponentChildren;
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
  const { t, rows, selected } = props;
  const count = selected.size;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const criteria = activeCriteria(props.filter);
  const list = useRef<HTMLElement>(null);
  const detail = useRef<HTMLElement>(null);
  useDetailFocus(props.openId, list, detail);
  const context: RowContext = {
    ...props,
    filtered: criteria > 0,
    onOpen: props.onOpen,
  };
  const row = (index: number, tabbable: boolean) => (
    <LibraryRowView row={rows[index]!} tabbable={tabbable} context={context} />
  );
  return (
    <>
      <SkipLink target={RESULTS_TARGET} label={t('library.skipToList')} />
      <main class="library">
        <header class="library-header row wrap">
          <h1>{t('library.title')}</h1>
          <p class="muted" role="status">
            {props.total === undefined
              ? t('library.loading')
              : t('library.count', { count: props.shown, total: props.total })}
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
        {props.dossier}
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
                  checked={count > 0 && count === props.selectable}
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
                    disabled={!rows.length}
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
              count={rows.length}
              empty={emptyState(props.filter, rows.length, props.total)}
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
