import {
  screenPath,
  threadFilePath,
  type ExportedThread,
  type ExportedThreadFile,
} from '../export/thread-format';
import { checkCrop, type PixelComparer } from '../verification/check-crop';
import { bundleProblem, type BundleProblem } from './bundle-problem';
import type { BundleEntries } from './read-bundle-entries';

/**
 * Checks the files a thread's screens were made into: each is where the format puts it, its
 * bytes hash to the listed hash, it names only sealed screens, each stitched part is the one
 * the thread's seal lists, and each post's crop is cut again from its screen and compared
 * pixel for pixel (a crop's hash is not sealed: only its pixels prove it). A bundle made
 * before these files were exported has no `files` and nothing to check here.
 */
export async function checkThreadFiles(
  thread: ExportedThread,
  folder: string,
  bundle: BundleEntries,
  samePixels?: PixelComparer,
): Promise<BundleProblem[]> {
  if (!thread.files) return [];
  const problems: BundleProblem[] = [];
  const sealedScreens = new Map(thread.record.screens.map((screen) => [screen.sha256, screen]));
  for (const file of thread.files) {
    const { path } = file;
    if (path !== threadFilePath(folder, file.role, file.order)) {
      problems.push(bundleProblem('thread-file-misplaced', { path }));
      continue;
    }
    if (!bundle.names.has(path)) {
      problems.push(bundleProblem('thread-file-missing', { path }));
      continue;
    }
    const hash = bundle.hashes.get(path);
    // An unreadable file has been reported already, with the reason.
    if (hash !== undefined && hash !== file.sha256) {
      problems.push(bundleProblem('thread-file-hash-mismatch', { path }));
    }
    if (!file.derivedFrom.every((sha256) => sealedScreens.has(sha256))) {
      problems.push(bundleProblem('thread-file-from-unknown-screen', { path }));
    }
    if (file.role === 'post-crop') {
      problems.push(...(await checkPostCrop(thread, folder, file, bundle, samePixels)));
    }
  }
  problems.push(...checkStitchedParts(thread, folder));
  return problems;
}

/** Every part the seal lists, with its sealed hash, unless the screens were deleted. */
function checkStitchedParts(thread: ExportedThread, folder: string): BundleProblem[] {
  const listed = new Map(
    (thread.files ?? [])
      .filter((file) => file.role === 'stitched')
      .map((file) => [file.order, file.sha256]),
  );
  const sealed = new Map((thread.record.stitched ?? []).map((part) => [part.part, part.sha256]));
  const imagesDeleted = thread.deletedScreens.length > 0;
  const problems: BundleProblem[] = [];
  for (const [part, sha256] of sealed) {
    if (listed.get(part) === sha256 || (imagesDeleted && !listed.has(part))) continue;
    problems.push(
      bundleProblem('thread-stitched-mismatch', { path: threadFilePath(folder, 'stitched', part) }),
    );
  }
  for (const part of listed.keys()) {
    if (!sealed.has(part)) {
      const path = threadFilePath(folder, 'stitched', part);
      problems.push(bundleProblem('thread-stitched-mismatch', { path }));
    }
  }
  return problems;
}

async function checkPostCrop(
  thread: ExportedThread,
  folder: string,
  file: ExportedThreadFile,
  bundle: BundleEntries,
  samePixels?: PixelComparer,
): Promise<BundleProblem[]> {
  const { path } = file;
  const post = thread.posts[file.order];
  const screen = thread.record.screens.find((sealed) => sealed.index === post?.screenIndex);
  if (!post?.cropArea || !screen) return [bundleProblem('thread-file-misplaced', { path })];
  if (file.derivedFrom.length !== 1 || file.derivedFrom[0] !== screen.sha256) {
    return [bundleProblem('thread-file-from-unknown-screen', { path })];
  }
  const screenBlob = bundle.blobs.get(screenPath(folder, screen.index));
  const cropBlob = bundle.blobs.get(path);
  if (!samePixels || !screenBlob || !cropBlob) return [];
  const checked = await checkCrop(screenBlob, cropBlob, post.cropArea, samePixels);
  if (checked.reproduced) return [];
  const differs = checked.problems[0]?.reason === 'crop-differs';
  return [bundleProblem(differs ? 'thread-crop-differs' : 'thread-crop-unreadable', { path })];
}
