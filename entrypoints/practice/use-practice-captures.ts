import { useMemo } from 'preact/hooks';
import type { EvidenceDatabase } from '../../lib/evidence/database';
import { latestCaptures } from '../../lib/extension-pages/evidence-queries';
import { useObjectUrls } from '../../lib/extension-pages/object-urls';
import { useLiveQuery } from '../../lib/extension-pages/use-live-query';

/** Far more than a class makes in an hour; the practice store is emptied after each session. */
const PRACTICE_LIMIT = 200;

/** The practice captures, newest first, with their thumbnails (marked when they were made). */
export function usePracticeCaptures(database: EvidenceDatabase) {
  const latest = useLiveQuery(() => latestCaptures(database, PRACTICE_LIMIT), []);
  const thumbnails = useMemo(
    () =>
      latest &&
      Object.fromEntries(
        latest.flatMap(({ capture, thumbnail }) => (thumbnail ? [[capture.id, thumbnail]] : [])),
      ),
    [latest],
  );
  const thumbnailUrls = useObjectUrls(thumbnails);
  return { captures: latest, thumbnailUrls };
}
