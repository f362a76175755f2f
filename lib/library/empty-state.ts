import type { LibraryFilter } from './filter-captures';

/** Why the library shows no capture: none stored, an empty trash, or a search that finds none. */
export type EmptyState = 'library' | 'trash' | 'search';

/** How many search criteria are set, the trash view aside. */
export function activeCriteria(filter: LibraryFilter): number {
  return Object.entries(filter).filter(([key, value]) => key !== 'trash' && value !== undefined)
    .length;
}

/**
 * What to say when nothing is shown, or null when there is something (or the index is still
 * loading: `stored` undefined). A search that finds nothing says so, in the trash too.
 */
export function emptyState(
  filter: LibraryFilter,
  shown: number,
  stored: number | undefined,
): EmptyState | null {
  if (shown > 0 || stored === undefined) return null;
  if (activeCriteria(filter) > 0) return 'search';
  if (filter.trash) return 'trash';
  return stored === 0 ? 'library' : null;
}
