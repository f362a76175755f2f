import type { ComponentChildren } from 'preact';
import type { Translate } from '../../../lib/i18n/translate';
import type { EmptyState } from '../../../lib/library/empty-state';
import { VirtualGrid } from './VirtualGrid';

export type LibraryView = 'list' | 'grid' | 'stats';
const VIEWS: LibraryView[] = ['list', 'grid', 'stats'];
const ROW_HEIGHT = 64;
const EMPTY_MESSAGES = {
  library: 'library.empty',
  trash: 'library.trashEmpty',
  search: 'library.noMatch',
} as const;

/** The element the skip link leads to: the list's tab stop, or what is said instead. */
export const RESULTS_TARGET = 'library-list';

/**
 * The captures the filters keep, as a list, a grid or statistics, or why there are none. The
 * list and the grid move the same way: arrow keys, Home and End, one Tab stop.
 */
export function LibraryResults(props: {
  t: Translate;
  view: LibraryView;
  count: number;
  empty: EmptyState | null;
  statistics: ComponentChildren;
  listHeight: number;
  onView: (view: LibraryView) => void;
  onVisible: (first: number, last: number) => void;
  onClearFilters: () => void;
  renderCapture: (index: number, tabbable: boolean) => ComponentChildren;
}) {
  const { t } = props;
  return (
    <>
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
      {props.empty ? (
        <div class="notice empty-state" id={RESULTS_TARGET} tabIndex={-1}>
          <p>{t(EMPTY_MESSAGES[props.empty])}</p>
          {props.empty === 'search' && (
            <button type="button" onClick={props.onClearFilters}>
              {t('library.clearFilters')}
            </button>
          )}
        </div>
      ) : props.view === 'stats' ? (
        <div id={RESULTS_TARGET} tabIndex={-1}>
          {props.statistics}
        </div>
      ) : (
        <div id={RESULTS_TARGET}>
          <VirtualGrid
            key={props.view}
            count={props.count}
            cardWidth={200}
            cardHeight={props.view === 'grid' ? 180 : ROW_HEIGHT}
            gap={props.view === 'grid' ? 10 : 0}
            fullWidth={props.view === 'list'}
            hint={t(props.view === 'grid' ? 'grid.keys' : 'library.listKeys')}
            height={props.listHeight}
            label={t('library.results')}
            onRange={props.onVisible}
            renderItem={props.renderCapture}
          />
        </div>
      )}
    </>
  );
}
