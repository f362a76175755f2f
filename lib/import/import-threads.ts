import { annotationFromLog } from '../evidence/annotation';
import { canonicalJson } from '../evidence/canonical-json';
import { nextCustodyEntry, type CustodyEntry } from '../evidence/custody-entry';
import type { EvidenceDatabase } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import type { ExportBundleManifest } from '../export/bundle-format';
import type { ExportedThread } from '../export/thread-format';
import type {
  SealedThread,
  ThreadFileRecord,
  ThreadPostRecord,
  ThreadRecord,
  ThreadScreenRecord,
} from '../thread/thread-records';
import type { VerifiedThread } from './verify-exported-threads';

/** What an import did with the threads of a bundle, by thread id. */
export interface ThreadImportOutcome {
  imported: string[];
  /** Already in the library with the same seal: left as they are. */
  alreadyPresent: string[];
  /** In the library (or its logs) under the same id with another seal: never overwritten. */
  conflicting: string[];
}

/** A thread's records, made and hashed before the import's one transaction. */
export interface PreparedThread {
  record: ThreadRecord;
  screens: ThreadScreenRecord[];
  posts: ThreadPostRecord[];
  files: ThreadFileRecord[];
  log: CustodyEntry[];
}

/**
 * Makes the store's records of each verified thread: its sealed record, screens byte for byte
 * with their sealed descriptions, posts, stitched parts and crops, and a custody log opened
 * with the hash of its seal and closed by an `imported` entry. Refuses, before anything is
 * written, a thread whose record or screen descriptions do not hash to their seals or name
 * another thread: an import writes only into the threads it brings.
 */
export async function prepareThreads(
  threads: readonly VerifiedThread[],
  manifest: ExportBundleManifest,
  at: Date,
): Promise<PreparedThread[]> {
  const prepared: PreparedThread[] = [];
  for (const { thread, blobs } of threads) {
    const { threadId, record } = thread;
    const sealSha256 = await sha256Hex(canonicalJson(record));
    if (record.id !== threadId || sealSha256 !== thread.recordSha256) {
      throw new Error(`The thread ${threadId} does not match its seal`);
    }
    const screens: ThreadScreenRecord[] = [];
    for (const screen of thread.screens) {
      const blob = blobs.get(screen.path);
      const seal = screen.description as ThreadScreenRecord['seal'];
      const sealed = record.screens.find((one) => one.index === screen.index);
      const hash = await sha256Hex(canonicalJson(seal));
      if (!blob || seal.threadId !== threadId || hash !== sealed?.sealSha256) {
        throw new Error(`Screen ${screen.index} of ${threadId} is not its sealed screen`);
      }
      const id = `${threadId}/screen/${screen.index}`;
      const typed = blob.type === seal.mimeType ? blob : new Blob([blob], { type: seal.mimeType });
      screens.push({ id, threadId, index: screen.index, blob: typed, seal, sealSha256: hash });
    }
    prepared.push({
      record: threadRecordOf(thread, record as SealedThread, sealSha256),
      screens,
      posts: thread.posts.map((post) => ({
        ...post,
        id: `${threadId}/post/${post.order}`,
        threadId,
      })),
      files: filesOf(thread, blobs),
      log: await importedLog(threadId, record.startedAt, sealSha256, manifest, at),
    });
  }
  return prepared;
}

/**
 * Writes the prepared threads inside the import's transaction. A thread already there with
 * the same seal is left as it is; one with another seal, or whose id has a log here but no
 * record (emptied from the trash), is never touched.
 */
export async function writeThreads(
  database: EvidenceDatabase,
  prepared: readonly PreparedThread[],
): Promise<ThreadImportOutcome> {
  const outcome: ThreadImportOutcome = { imported: [], alreadyPresent: [], conflicting: [] };
  const ids = prepared.map(({ record }) => record.id);
  const present = await database.threads.bulkGet(ids);
  const logged = new Set(await database.custody.where('captureId').anyOf(ids).keys());
  const fresh = prepared.filter(({ record }, position) => {
    const existing = present[position];
    if (!existing && !logged.has(record.id)) return true;
    const same = existing?.sealSha256 === record.sealSha256;
    (same ? outcome.alreadyPresent : outcome.conflicting).push(record.id);
    return false;
  });
  await database.threads.bulkAdd(fresh.map(({ record }) => record));
  await database.threadScreens.bulkAdd(fresh.flatMap(({ screens }) => screens));
  await database.threadPosts.bulkAdd(fresh.flatMap(({ posts }) => posts));
  await database.threadFiles.bulkAdd(fresh.flatMap(({ files }) => files));
  await database.custody.bulkAdd(fresh.flatMap(({ log }) => log));
  await database.annotations.bulkPut(
    fresh.map(({ record, log }) => annotationFromLog(record.id, log)),
  );
  outcome.imported.push(...fresh.map(({ record }) => record.id));
  return outcome;
}

function threadRecordOf(
  thread: ExportedThread,
  seal: SealedThread,
  sealSha256: string,
): ThreadRecord {
  // An inner scroller's screens say where it was; the page's do not.
  const scrolled = thread.screens.some((screen) => 'scrollerArea' in screen.description);
  return {
    id: seal.id,
    status: seal.status,
    startedAt: seal.startedAt,
    url: seal.url,
    title: seal.title,
    platform: seal.platform,
    scroller: thread.scroller ?? (scrolled ? 'element' : 'page'),
    ...(seal.filteredBy ? { filteredBy: seal.filteredBy } : {}),
    ...(seal.announced === undefined ? {} : { announced: seal.announced }),
    endedAt: seal.endedAt,
    end: seal.end,
    seal,
    sealSha256,
  };
}

function filesOf(thread: ExportedThread, blobs: Map<string, Blob>): ThreadFileRecord[] {
  return (thread.files ?? []).flatMap((file) => {
    const blob = blobs.get(file.path);
    if (!blob) return [];
    const { path: _path, ...described } = file;
    return [
      {
        ...described,
        id: `${thread.threadId}/${file.role}/${file.order}`,
        threadId: thread.threadId,
        blob: blob.type === file.mimeType ? blob : new Blob([blob], { type: file.mimeType }),
      },
    ];
  });
}

/** The thread's log here: opened with its seal's hash when it started, then `imported`. */
async function importedLog(
  threadId: string,
  startedAt: string,
  sealSha256: string,
  manifest: ExportBundleManifest,
  at: Date,
): Promise<CustodyEntry[]> {
  const opening = await nextCustodyEntry({
    captureId: threadId,
    previous: undefined,
    metadataSha256: sealSha256,
    event: { kind: 'capture', data: { metadataSha256: sealSha256 } },
    at: startedAt,
  });
  const imported = await nextCustodyEntry({
    captureId: threadId,
    previous: opening,
    metadataSha256: sealSha256,
    event: {
      kind: 'imported',
      data: { bundleSchema: manifest.schema, exportedAt: manifest.exportedAt },
    },
    at: at.toISOString(),
  });
  return [opening, imported];
}
