import { canonicalJson } from '../evidence/canonical-json';
import { sha256Hex } from '../evidence/sha256';
import {
  exportedThreadSchema,
  screenPath,
  THREAD_RECORD_NAME,
  type ExportedThread,
} from '../export/thread-format';
import { postKey } from '../thread/thread-posts';
import type { PixelComparer } from '../verification/check-crop';
import { bundleProblem, type BundleProblem } from './bundle-problem';
import { parseJson } from './parse-json';
import type { BundleEntries } from './read-bundle-entries';
import { checkThreadFiles } from './verify-thread-files';

const THREAD_RECORD = /^threads\/[^/]+\/thread\.json$/;

/**
 * Checks each thread of a bundle: its thread.json follows the format, the sealed record hashes
 * to its seal, every sealed screen is there (or declared deleted) with a description that
 * hashes to the sealed one and bytes that hash to the sealed hash, the posts are the sealed
 * ones in order, each still has the key its details give, and each points to a sealed screen;
 * then the stitched parts and crops (verify-thread-files.ts). Returns the problems, the files
 * the threads describe (for the bundle's layout check) and the threads read (for the import).
 */
export async function verifyExportedThreads(
  paths: readonly string[],
  bundle: BundleEntries,
  samePixels?: PixelComparer,
): Promise<{ problems: BundleProblem[]; described: string[]; threads: VerifiedThread[] }> {
  const listed = new Set(paths);
  const problems = [...bundle.names]
    .filter((name) => THREAD_RECORD.test(name) && !listed.has(name))
    .map((path) => bundleProblem('thread-not-in-manifest', { path }));
  const described = [...paths];
  const threads: VerifiedThread[] = [];
  for (const path of paths) {
    const checked = await verifyThread(path, bundle, samePixels);
    problems.push(...checked.problems);
    described.push(...checked.described);
    if (checked.thread)
      threads.push({ path, thread: checked.thread, blobs: blobsOf(checked.thread, bundle) });
  }
  return { problems, described, threads };
}

/** A thread.json as the check read it, and its screens' and files' bytes, for the import. */
export interface VerifiedThread {
  path: string;
  thread: ExportedThread;
  /** By path: each screen, stitched part and crop the thread lists. */
  blobs: Map<string, Blob>;
}

function blobsOf(thread: ExportedThread, bundle: BundleEntries): Map<string, Blob> {
  const paths = [...thread.screens, ...(thread.files ?? [])].map((file) => file.path);
  return new Map(
    paths.flatMap((path) => {
      const blob = bundle.blobs.get(path);
      return blob ? [[path, blob] as const] : [];
    }),
  );
}

async function verifyThread(path: string, bundle: BundleEntries, samePixels?: PixelComparer) {
  const text = bundle.texts.get(path);
  if (text === undefined) {
    // A file there but unreadable has been reported already, with the reason.
    const missing = !bundle.names.has(path);
    return { problems: missing ? [bundleProblem('thread-missing', { path })] : [], described: [] };
  }
  const raw = parseJson(text);
  if (raw === undefined) {
    return { problems: [bundleProblem('thread-not-json', { path })], described: [] };
  }
  const parsed = exportedThreadSchema.safeParse(raw);
  if (!parsed.success || parsed.data.record.id !== parsed.data.threadId) {
    return { problems: [bundleProblem('thread-invalid', { path })], described: [] };
  }
  // Hashed as written, not as parsed: a field the schema does not name still counts.
  const written = raw as { record: unknown; screens: Array<{ description: unknown }> };
  const thread: ExportedThread = {
    ...parsed.data,
    record: written.record as ExportedThread['record'],
    screens: parsed.data.screens.map((screen, at) => ({
      ...screen,
      description: written.screens[at]!.description as typeof screen.description,
    })),
  };
  const folder = path.slice(0, -THREAD_RECORD_NAME.length - 1);
  const problems: BundleProblem[] = [];
  if ((await sha256Hex(canonicalJson(thread.record))) !== thread.recordSha256) {
    problems.push(bundleProblem('thread-record-mismatch', { path }));
  }
  problems.push(...(await checkScreens(thread, folder, path, bundle)));
  problems.push(...checkPosts(thread, path));
  problems.push(...(await checkThreadFiles(thread, folder, bundle, samePixels)));
  const files = (thread.files ?? []).map((file) => file.path);
  return {
    problems,
    described: [...thread.screens.map((screen) => screen.path), ...files],
    thread,
  };
}

async function checkScreens(
  thread: ExportedThread,
  folder: string,
  path: string,
  bundle: BundleEntries,
): Promise<BundleProblem[]> {
  const problems: BundleProblem[] = [];
  const exported = new Map(thread.screens.map((screen) => [screen.index, screen]));
  const deleted = new Map(thread.deletedScreens.map((screen) => [screen.index, screen]));
  const sealedIndexes = new Set(thread.record.screens.map((screen) => screen.index));
  for (const screen of thread.screens) {
    if (!sealedIndexes.has(screen.index) || screen.path !== screenPath(folder, screen.index)) {
      problems.push(bundleProblem('thread-screen-not-sealed', { path: screen.path }));
    }
  }
  for (const sealed of thread.record.screens) {
    const expected = screenPath(folder, sealed.index);
    const screen = exported.get(sealed.index);
    const gone = deleted.get(sealed.index);
    if (!screen) {
      const declared = gone?.sha256 === sealed.sha256 && gone.sealSha256 === sealed.sealSha256;
      if (!declared) problems.push(bundleProblem('thread-screen-missing', { path: expected }));
      continue;
    }
    const description = screen.description;
    const descriptionHash = await sha256Hex(canonicalJson(description));
    if (
      descriptionHash !== screen.descriptionSha256 ||
      descriptionHash !== sealed.sealSha256 ||
      description.sha256 !== sealed.sha256 ||
      description.index !== sealed.index ||
      description.threadId !== thread.threadId
    ) {
      problems.push(
        bundleProblem('thread-screen-description-mismatch', { path, found: String(sealed.index) }),
      );
    }
    if (!bundle.names.has(expected)) {
      problems.push(bundleProblem('thread-screen-missing', { path: expected }));
    } else {
      const hash = bundle.hashes.get(expected);
      // An unreadable screen has been reported already, with the reason.
      if (hash !== undefined && hash !== sealed.sha256) {
        problems.push(bundleProblem('thread-screen-hash-mismatch', { path: expected }));
      }
    }
  }
  return problems;
}

function checkPosts(thread: ExportedThread, path: string): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const keys = thread.posts.map((post) => post.key);
  if (canonicalJson(keys) !== canonicalJson(thread.record.posts)) {
    problems.push(bundleProblem('thread-posts-mismatch', { path }));
  }
  const screens = new Set(thread.record.screens.map((screen) => screen.index));
  for (const [order, post] of thread.posts.entries()) {
    if (post.order !== order || postKey(post.details) !== post.key) {
      problems.push(bundleProblem('thread-post-altered', { path, found: String(order + 1) }));
    }
    if (!screens.has(post.screenIndex)) {
      problems.push(
        bundleProblem('thread-post-screen-unknown', { path, found: String(order + 1) }),
      );
    }
  }
  return problems;
}
