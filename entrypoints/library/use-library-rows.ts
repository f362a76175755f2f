import { useMemo } from 'preact/hooks';
import { activeCriteria } from '../../lib/library/empty-state';
import { filterCaptures, type LibraryFilter } from '../../lib/library/filter-captures';
import { firstScreenRows, libraryRows, rowId } from '../../lib/library/library-rows';
import type { LibraryIndex } from '../../lib/library/load-library';
import { FIRST_SCREEN } from './use-library-index';

/**
 * The items the filters keep, the rows that show them (threads closed or open), and the ids
 * of the rows that can be selected. Each is worked out once per change of what it depends
 * on, not per drawing: with 100,000 items, each pass counts.
 */
export function useLibraryRows(
  index: LibraryIndex | undefined,
  filter: LibraryFilter,
  openThreads: ReadonlySet<string>,
) {
  const results = useMemo(() => filterCaptures(index?.items ?? [], filter), [index, filter]);
  const rows = useMemo(() => {
    if (!index) return [];
    if (index.complete) return libraryRows(results, index.threads, openThreads);
    // Before the index, threads show only in the unfiltered list: their posts are not read yet.
    const threads = activeCriteria(filter) || filter.trash ? new Map() : index.threads;
    return firstScreenRows(results, threads, FIRST_SCREEN);
  }, [index, results, openThreads, filter]);
  const rowIds = useMemo(
    () => rows.flatMap((row) => (row.kind === 'post' ? [] : [rowId(row)])),
    [rows],
  );
  return { results, rows, rowIds };
}
