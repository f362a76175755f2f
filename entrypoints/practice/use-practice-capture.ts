import { useEffect, useState } from 'preact/hooks';
import type { EvidenceDatabase } from '../../lib/evidence/database';
import { captureWithFiles } from '../../lib/extension-pages/evidence-queries';
import { useObjectUrls } from '../../lib/extension-pages/object-urls';
import { useLiveQuery } from '../../lib/extension-pages/use-live-query';
import { markAsExercise } from '../../lib/practice/exercise-mark';

/**
 * One practice capture and its pictures as shown: copies with the practice word burned in,
 * made here from the stored files, which stay as they were captured.
 */
export function usePracticeCapture(database: EvidenceDatabase, captureId: string, word: string) {
  const loaded = useLiveQuery(() => captureWithFiles(database, captureId), [captureId]);
  const [marked, setMarked] = useState<{ post?: Blob; page?: Blob }>();
  useEffect(() => {
    if (!loaded) return;
    let current = true;
    const post = loaded.files['post-crop']?.blob;
    const page = loaded.files['page-screenshot']?.blob;
    void Promise.all([
      post ? markAsExercise(post, word) : undefined,
      page ? markAsExercise(page, word) : undefined,
    ]).then(([markedPost, markedPage]) => {
      if (current) {
        setMarked({
          ...(markedPost ? { post: markedPost } : {}),
          ...(markedPage ? { page: markedPage } : {}),
        });
      }
    });
    return () => {
      current = false;
    };
  }, [loaded, word]);
  const urls = useObjectUrls(marked);
  return { loaded, urls };
}
