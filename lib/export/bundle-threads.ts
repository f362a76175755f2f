import type { EvidenceDatabase } from '../evidence/database';
import { readThreadEvidence, type ThreadEvidence } from '../evidence/thread-evidence';
import { threadContents } from '../thread/thread-contents';
import {
  EXPORTED_THREAD_SCHEMA,
  screenPath,
  THREAD_RECORD_NAME,
  threadFilePath,
  threadFolder,
  type ExportedThread,
} from './thread-format';

type AddFile = (path: string, data: Blob | string, sha256?: string) => Promise<void>;

/**
 * Adds each thread to the bundle: every screen byte for byte (its hash the one sealed as it
 * arrived), the stitched parts and post crops made from them, and thread.json with the sealed
 * record, each screen's sealed description, the posts and the derived files. Only a sealed thread is exported: a running one has nothing sealed yet to check.
 * Returns each thread.json's path and what was read, for the per-post export.
 */
export async function addThreads(
  database: EvidenceDatabase,
  threadIds: readonly string[],
  add: AddFile,
): Promise<{ paths: string[]; threads: ThreadEvidence[] }> {
  const paths: string[] = [];
  const threads: ThreadEvidence[] = [];
  for (const threadId of threadIds) {
    const evidence = await readThreadEvidence(database, threadId);
    const record = evidence?.thread.seal;
    if (!evidence || !record || !evidence.thread.sealSha256) {
      throw new Error(`No sealed thread ${threadId}`);
    }
    const folder = threadFolder(threadId, record.startedAt);
    const { screens: stored, files } = await threadContents(database, threadId);
    const kept = new Set(stored.map((screen) => screen.index));
    const exported: ExportedThread = {
      schema: EXPORTED_THREAD_SCHEMA,
      threadId,
      scroller: evidence.thread.scroller,
      record: { ...record },
      recordSha256: evidence.thread.sealSha256,
      screens: stored.map((screen) => ({
        index: screen.index,
        path: screenPath(folder, screen.index),
        description: screen.seal,
        descriptionSha256: screen.sealSha256,
      })),
      deletedScreens: record.screens.filter((screen) => !kept.has(screen.index)),
      posts: evidence.posts.map(({ key, order, details, screenIndex, cropArea, whole }) => ({
        key,
        order,
        details,
        screenIndex,
        ...(cropArea ? { cropArea } : {}),
        whole,
      })),
      files: files.map(
        ({ role, order, mimeType, width, height, sha256, derivedFrom, geometry }) => ({
          role,
          order,
          path: threadFilePath(folder, role, order),
          mimeType,
          width,
          height,
          sha256,
          derivedFrom,
          geometry,
        }),
      ),
    };
    for (const screen of stored) {
      await add(screenPath(folder, screen.index), screen.blob, screen.seal.sha256);
    }
    for (const file of files) {
      await add(threadFilePath(folder, file.role, file.order), file.blob, file.sha256);
    }
    const path = `${folder}/${THREAD_RECORD_NAME}`;
    await add(path, `${JSON.stringify(exported, null, 2)}\n`);
    paths.push(path);
    threads.push(evidence);
  }
  return { paths, threads };
}
