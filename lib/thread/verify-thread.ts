import { canonicalJson } from '../evidence/canonical-json';
import type { EvidenceDatabase } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import { checkCrop, type PixelComparer } from '../verification/check-crop';
import { threadContents } from './thread-contents';

/** What a thread's check found wrong, and what it is about (a screen, a file, the thread). */
export interface ThreadProblem {
  reason:
    | 'thread-not-sealed'
    | 'thread-seal-mismatch'
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
  const byIndex = new Map(screens.map((screen) => [screen.index, screen]));
  for (const sealed of thread?.seal?.screens ?? []) {
    const screen = byIndex.get(sealed.index);
    if (!screen || screen.sealSha256 !== sealed.sealSha256) {
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
    if (file?.sha256 !== part.sha256) {
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
    if (!crop || !screen) {
      problems.push({ reason: 'crop-missing', subject: about('post-crop', post.order) });
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
  return { intact: problems.length === 0, cropsReproduced, problems };
}
