import type { CaptureSummary } from './capture-summary';
import type { ThreadSummary } from './thread-summary';

/**
 * One row of the library: a capture; a thread, with how many of its posts the filters keep;
 * or, under an opened thread, one of those posts.
 */
export type LibraryRow =
  | { kind: 'capture'; capture: CaptureSummary }
  | { kind: 'thread'; thread: ThreadSummary; matched: number }
  | { kind: 'post'; post: CaptureSummary; thread: ThreadSummary };

/**
 * The rows for the items the filters keep, newest first: a thread's posts make one thread row
 * where its first kept post is, followed by those posts when the thread is open. Threads with
 * no post loaded yet (the first screen, before the index) show as rows of their own.
 */
export function libraryRows(
  results: readonly CaptureSummary[],
  threads: ReadonlyMap<string, ThreadSummary>,
  open: ReadonlySet<string>,
): LibraryRow[] {
  const postsOf = new Map<string, CaptureSummary[]>();
  for (const item of results)
    if (item.threadId) {
      const posts = postsOf.get(item.threadId);
      if (posts) posts.push(item);
      else postsOf.set(item.threadId, [item]);
    }
  const rows: LibraryRow[] = [];
  for (const item of results) {
    if (!item.threadId) {
      rows.push({ kind: 'capture', capture: item });
      continue;
    }
    const posts = postsOf.get(item.threadId);
    const thread = threads.get(item.threadId);
    // Only at the thread's first kept post; the others come under it.
    if (!posts || posts[0] !== item || !thread) continue;
    rows.push({ kind: 'thread', thread, matched: posts.length });
    if (open.has(thread.id)) for (const post of posts) rows.push({ kind: 'post', post, thread });
  }
  return rows;
}

/** The id a row is selected, trashed and put in a case by: the capture's, or the thread's. */
export const rowId = (row: LibraryRow) => (row.kind === 'capture' ? row.capture.id : row.thread.id);

/**
 * The first screen's rows, before the index: the newest `limit` of the newest captures and
 * threads (which are the newest `limit` of all), each thread closed and counted from its seal.
 */
export function firstScreenRows(
  captures: readonly CaptureSummary[],
  threads: ReadonlyMap<string, ThreadSummary>,
  limit: number,
): LibraryRow[] {
  const rows: LibraryRow[] = [
    ...captures.map((capture) => ({ kind: 'capture' as const, capture })),
    ...[...threads.values()]
      .filter((thread) => !thread.trashed)
      .map((thread) => ({ kind: 'thread' as const, thread, matched: thread.postCount })),
  ];
  const time = (row: LibraryRow) =>
    row.kind === 'capture'
      ? row.capture.capturedAt
      : row.kind === 'thread'
        ? row.thread.startedAt
        : '';
  return rows.sort((left, right) => time(right).localeCompare(time(left))).slice(0, limit);
}
