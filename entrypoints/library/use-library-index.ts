import type { EvidenceDatabase } from '../../lib/evidence/database';
import type { Locale } from '../../lib/i18n/translate';
import { loadFirstScreen, loadIndex, type LibraryIndex } from '../../lib/library/load-library';
import { useLiveQuery } from '../../lib/extension-pages/use-live-query';

export const FIRST_SCREEN = 40;

/**
 * The library's items: the newest first, so the first screen shows at once (from what was
 * read before the page started, until the live query answers), then the whole index.
 */
export function useLibraryIndex(
  database: EvidenceDatabase,
  locale: Locale,
  firstScreen: LibraryIndex | undefined,
): LibraryIndex | undefined {
  const live = useLiveQuery(() => loadFirstScreen(database, FIRST_SCREEN, locale), []);
  const newest = live ?? firstScreen;
  // Only once the first screen is drawn: both reads would otherwise share the same disk.
  const firstScreenShown = newest !== undefined;
  const index = useLiveQuery(
    async () => (firstScreenShown ? loadIndex(database, locale) : undefined),
    [firstScreenShown],
  );
  return index ?? newest;
}
