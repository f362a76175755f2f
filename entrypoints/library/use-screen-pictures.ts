import { useMemo } from 'preact/hooks';
import type { EvidenceDatabase } from '../../lib/evidence/database';
import { useObjectUrls } from '../../lib/extension-pages/object-urls';
import { useLiveQuery } from '../../lib/extension-pages/use-live-query';
import type { ScreenPicture } from './components/PostRow';

/** The screens the drawn posts are cut from, read once each and only while drawn. */
export function useScreenPictures(
  database: EvidenceDatabase,
  screenIds: readonly string[],
): Record<string, ScreenPicture | undefined> {
  const unique = [...new Set(screenIds)].sort();
  const screens = useLiveQuery(async () => {
    const records = await database.threadScreens.bulkGet(unique);
    return records.flatMap((record) => (record ? [record] : []));
  }, [unique.join()]);
  const blobs = useMemo(
    () => screens && Object.fromEntries(screens.map((screen) => [screen.id, screen.blob])),
    [screens],
  );
  const urls = useObjectUrls(blobs);
  return Object.fromEntries(
    (screens ?? []).flatMap((screen) => {
      const url = urls[screen.id];
      return url
        ? [[screen.id, { url, width: screen.seal.width, height: screen.seal.height }]]
        : [];
    }),
  );
}
