import { useEffect, useState } from 'preact/hooks';
import type { EvidenceDatabase } from '../../lib/evidence/database';
import type { Locale } from '../../lib/i18n/translate';
import { loadFirstScreen, loadIndex, type LibraryIndex } from '../../lib/library/load-library';
import { useLiveQuery } from '../../lib/extension-pages/use-live-query';
import { repairSummaries } from '../../lib/library/repair-summaries';

export const FIRST_SCREEN = 40;

/**
 * The library's items: the newest first, read once as the page started, so the first screen
 * shows at once; then the whole index, kept up to date.
 */
export function useLibraryIndex(
  database: EvidenceDatabase,
  locale: Locale,
  firstScreen: Promise<LibraryIndex | undefined>,
): LibraryIndex | undefined {
  const [newest, setNewest] = useState<LibraryIndex>();
  useEffect(() => {
    // A first read that failed is tried again, as the index would be.
    void firstScreen
      .then((read) => read ?? loadFirstScreen(database, FIRST_SCREEN, locale))
      .then(setNewest);
  }, [firstScreen]);
  // Only once the first screen is drawn: both reads would otherwise share the same disk.
  const firstScreenShown = newest !== undefined;
  // The summaries are derived: once the first screen is drawn, any the store lacks (or has
  // wrong) are made again from the sealed records; the index below then follows.
  useEffect(() => {
    if (firstScreenShown)
      void repairSummaries(database).catch((error) => console.error('Summaries', error));
  }, [firstScreenShown]);
  const index = useLiveQuery(
    async () => (firstScreenShown ? loadIndex(database, locale) : undefined),
    [firstScreenShown],
  );
  return index ?? newest;
}
