import { CaptureError, failureFromError } from '../capture/capture-failure';
import { cropArea } from '../capture/crop-area';
import { screenshotPicture } from '../capture/image-files';
import type { EvidenceDatabase } from '../evidence/database';
import { cropPosts } from './crop-posts';
import type { ThreadPost } from './thread-posts';
import type { ThreadEnd, ThreadScreenRecord } from './thread-records';
import { postRecordOf, storeScreen } from './thread-store';

/** A screen as the page described it when it was shot, before its bytes are known. */
export type ShotScreen = Pick<
  ThreadScreenRecord['seal'],
  'index' | 'capturedAt' | 'scrollTop' | 'scrollHeight' | 'viewport' | 'scrollerArea' | 'pageMoved'
>;

/**
 * Decodes, hashes and stores the thread's screens one after another, while the page already
 * scrolls to the next: the screenshots keep the browser's pace, the writes keep their order.
 * The first write that fails (a full disk) stops every later one, so the store holds whole
 * screens only, in an unbroken run from the first. Each stored screen is then handed, in
 * order, to `afterStored` (the stitched picture, drawn as the screens come).
 */
export function createScreenWriter(
  database: EvidenceDatabase,
  threadId: string,
  cutCrops: typeof cropPosts = cropPosts,
  afterStored: (screen: ThreadScreenRecord) => Promise<void> = async () => undefined,
) {
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  let stored = 0;
  return {
    get failed(): boolean {
      return failure !== null;
    },
    /** How many screens are stored whole. */
    get stored(): number {
      return stored;
    },
    /** Queues one screen and the posts it brought or placed better. */
    write(dataUrl: string, screen: ShotScreen, changed: readonly ThreadPost[]): void {
      chain = chain
        .then(async () => {
          if (failure) return;
          const picture = await screenshotPicture(dataUrl);
          const placed = changed.map((post) => {
            const located = cropArea({
              element: post.rectangle,
              viewport: screen.viewport,
              image: picture,
            });
            return { post, area: 'area' in located ? located.area : undefined };
          });
          const crops = placed.flatMap(({ post, area }) =>
            area ? [{ order: post.order, area }] : [],
          );
          const record = await storeScreen(
            database,
            {
              threadId,
              ...screen,
              blob: picture.blob,
              width: picture.width,
              height: picture.height,
            },
            placed.map(({ post, area }) => postRecordOf(post, area)),
            (shot) => cutCrops(threadId, shot, crops),
          );
          stored += 1;
          await afterStored(record);
        })
        .catch((error: unknown) => {
          failure ??= error;
        });
    },
    /** Waits for every queued write; says why the thread must end if one failed. */
    async settle(): Promise<ThreadEnd | null> {
      await chain;
      return failure === null ? null : endOfFailure(failure);
    },
  };
}

/** Why a thread ends on an error: its tab, a full disk, or the browser's refusal. */
export function endOfFailure(error: unknown): ThreadEnd {
  const reason = error instanceof CaptureError ? error.reason : failureFromError(error);
  if (reason === 'tab-closed' || reason === 'tab-hidden' || reason === 'page-navigated')
    return reason;
  if (reason === 'storage-full') return 'storage-failed';
  console.error('Thread screen failed', error);
  return 'screenshot-failed';
}
