import { canonicalJson } from '../evidence/canonical-json';
import type { EvidenceDatabase } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import { verifyCustodyChain } from '../evidence/verify-custody';
import { checkCrop, type PixelComparer } from '../verification/check-crop';
import { threadContents } from './thread-contents';

/** What a thread's check found wrong, and what it is about (a screen, a file, the thread). */
export interface ThreadProblem {
  reason:
    | 'thread-not-sealed'
    | 'thread-seal-mismatch'
    | 'custody-broken'
    | 'screen-missing'
    | 'screen-hash-mismatch'
    | 'screen-seal-mismatch'
    | 'file-hash-mismatch'
    | 'file-from-unknown-screen'
    | 'stitched-part-missing'
    | 'crop-missing'
    | 'crop-differs'
    | 'crop-unreadable';
  subject: { kind: 'thread' | 'screen' | 'stitched' | 'post-crop'; order: number };
}

export interface ThreadVerification {
  intact: boolean;
  /** Crops cut again from their screens and found pixel for pixel the same. */
  cropsReproduced: number;
  /** Screens found and hashed again. */
  screensChecked: number;
  /** Images gone because the thread's log says they were deleted under the child-abuse rule. */
  imagesDeleted: number;
  problems: ThreadProblem[];
}

/**
 * Checks a thread as « Vérifier » checks a capture: its seal and every screen's bytes and
 * description hashed again, every derived file's hash and the screens it names, and every
 * post's crop cut again from its screen and compared pixel for pixel where pixels can be.
 */
export async function verifyThread(
  database: EvidenceDatabase,
  threadId: string,
  samePixels?: PixelComparer,
): Promise<ThreadVerification> {
  const { thread, screens, posts, files } = await threadContents(database, threadId);
  const problems: ThreadProblem[] = [];
  const about = (kind: ThreadProblem['subject']['kind'], order: number) => ({ kind, order });
  if (!thread?.seal || !thread.sealSha256) {
    problems.push({ reason: 'thread-not-sealed', subject: about('thread', 0) });
  } else if ((await sha256Hex(canonicalJson(thread.seal))) !== thread.sealSha256) {
    problems.push({ reason: 'thread-seal-mismatch', subject: about('thread', 0) });
  }
  const deleted = await deletedImages(database, threadId, thread?.sealSha256, problems);
  let imagesDeleted = 0;
  const byIndex = new Map(screens.map((screen) => [screen.index, screen]));
  const deletedScreens = new Set<number>();
  for (const sealed of thread?.seal?.screens ?? []) {
    const screen = byIndex.get(sealed.index);
    if (!screen && deleted.has(`thread-screen:${sealed.sha256}`)) {
      deletedScreens.add(sealed.index);
      imagesDeleted += 1;
    } else if (!screen || screen.sealSha256 !== sealed.sealSha256) {
      problems.push({ reason: 'screen-missing', subject: about('screen', sealed.index) });
    }
  }
  for (const screen of screens) {
    if ((await sha256Hex(screen.blob)) !== screen.seal.sha256) {
      problems.push({ reason: 'screen-hash-mismatch', subject: about('screen', screen.index) });
    }
    if ((await sha256Hex(canonicalJson(screen.seal))) !== screen.sealSha256) {
      problems.push({ reason: 'screen-seal-mismatch', subject: about('screen', screen.index) });
    }
  }
  const screenHashes = new Set(screens.map((screen) => screen.seal.sha256));
  for (const file of files) {
    if ((await sha256Hex(file.blob)) !== file.sha256) {
      problems.push({ reason: 'file-hash-mismatch', subject: about(file.role, file.order) });
    }
    if (!file.derivedFrom.every((hash) => screenHashes.has(hash))) {
      problems.push({ reason: 'file-from-unknown-screen', subject: about(file.role, file.order) });
    }
  }
  for (const part of thread?.seal?.stitched ?? []) {
    const file = files.find((one) => one.role === 'stitched' && one.order === part.part);
    if (!file && deleted.has(`stitched:${part.sha256}`)) imagesDeleted += 1;
    else if (file?.sha256 !== part.sha256) {
      problems.push({ reason: 'stitched-part-missing', subject: about('stitched', part.part) });
    }
  }
  let cropsReproduced = 0;
  const crops = new Map(
    files.filter((file) => file.role === 'post-crop').map((file) => [file.order, file]),
  );
  for (const post of posts) {
    if (!post.cropArea) continue;
    const crop = crops.get(post.order);
    const screen = byIndex.get(post.screenIndex);
    // A crop goes with the screen it was cut from; the log lists it among the deleted files.
    if (!crop || !screen) {
      if (!crop && deletedScreens.has(post.screenIndex)) imagesDeleted += 1;
      else problems.push({ reason: 'crop-missing', subject: about('post-crop', post.order) });
      continue;
    }
    if (!samePixels) continue;
    const checked = await checkCrop(screen.blob, crop.blob, post.cropArea, samePixels);
    if (checked.reproduced) cropsReproduced += 1;
    else {
      const reason =
        checked.problems[0]?.reason === 'crop-differs' ? 'crop-differs' : 'crop-unreadable';
      problems.push({ reason, subject: about('post-crop', post.order) });
    }
  }
  return {
    intact: problems.length === 0,
    screensChecked: screens.length,
    cropsReproduced,
    imagesDeleted,
    problems,
  };
}

/**
 * The images the thread's custody log says were deleted under the child-abuse rule, as
 * `role:hash`. Only a log whose chain holds is believed; a broken one is a problem itself.
 */
async function deletedImages(
  database: EvidenceDatabase,
  threadId: string,
  sealSha256: string | undefined,
  problems: ThreadProblem[],
): Promise<Set<string>> {
  const log = await database.custody.where('captureId').equals(threadId).toArray();
  if (!log.length || !sealSha256) return new Set();
  if (await verifyCustodyChain(log, sealSha256, threadId)) {
    problems.push({ reason: 'custody-broken', subject: { kind: 'thread', order: 0 } });
    return new Set();
  }
  return new Set(
    log.flatMap((entry) =>
      entry.kind === 'images-deleted' && entry.data.reason === 'child-abuse-category'
        ? entry.data.files.map(({ role, sha256 }) => `${role}:${sha256}`)
        : [],
    ),
  );
}
