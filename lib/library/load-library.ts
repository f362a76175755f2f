import type { Annotation } from '../evidence/annotation';
import type { EvidenceDatabase } from '../evidence/database';
import type { Locale } from '../i18n/catalogue';
import { captureSummaryOf, type CaptureSummary } from './capture-summary';
import type { CaptureItem, ItemSummary, PostItem, ThreadItem } from './item-summary';
import {
  postContextOf,
  postSummaryOf,
  threadSummaryOf,
  type ThreadSummary,
} from './thread-summary';

/**
 * What the library lists: captures and threads' posts as items to search, filter and count,
 * and the threads they belong to. `complete` once every item is read; before, `items` holds
 * only the newest captures and `threads` the newest threads, without their posts.
 */
export interface LibraryIndex {
  items: CaptureSummary[];
  threads: Map<string, ThreadSummary>;
  complete: boolean;
}

const byAnnotation = (annotations: readonly (Annotation | undefined)[]) =>
  new Map(
    annotations.flatMap((annotation) => (annotation ? [[annotation.captureId, annotation]] : [])),
  );

/**
 * The newest `limit` rows (captures and threads), for the first screen: read by index from
 * their summaries, with no post, no sealed record, no picture.
 */
export async function loadFirstScreen(
  database: EvidenceDatabase,
  limit: number,
  locale: Locale,
): Promise<LibraryIndex> {
  // One read-only transaction for all of it: each costs a round trip to the browser's store.
  const { rows, annotations, counts } = await database.transaction(
    'r',
    [database.summaries, database.threadPosts, database.annotations],
    async () => {
      const rows = await database.summaries.orderBy('rowTime').reverse().limit(limit).toArray();
      const [annotations, counts] = await Promise.all([
        database.annotations.bulkGet(rows.map(({ id }) => id)),
        Promise.all(rows.map((row) => runningPosts(database, row))),
      ]);
      return { rows, annotations: byAnnotation(annotations), counts };
    },
  );
  const items: CaptureSummary[] = [];
  const threads = new Map<string, ThreadSummary>();
  rows.forEach((row, index) => {
    if (row.kind === 'capture') items.push(captureSummaryOf(row, annotations.get(row.id), locale));
    else if (row.kind === 'thread')
      threads.set(row.id, threadSummaryOf(row, counts[index]!, annotations.get(row.id)));
  });
  return { items, threads, complete: false };
}

/** Newest first, as the store's index gives them; the same time, the larger id first. */
const newestFirst = (left: CaptureItem | ThreadItem, right: CaptureItem | ThreadItem) =>
  left.rowTime === right.rowTime
    ? compare(right.id, left.id)
    : compare(right.rowTime, left.rowTime);

const compare = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);

/** Every capture and every thread's post, newest first, posts in their thread's order. */
export async function loadIndex(database: EvidenceDatabase, locale: Locale): Promise<LibraryIndex> {
  const [summaries, annotationList] = await Promise.all([
    database.summaries.toArray(),
    database.annotations.toArray(),
  ]);
  const annotations = byAnnotation(annotationList);
  const captures: CaptureItem[] = [];
  const threads: ThreadItem[] = [];
  const postItems = new Map<string, PostItem[]>();
  for (const summary of summaries) {
    if (summary.kind === 'capture') captures.push(summary);
    else if (summary.kind === 'thread') threads.push(summary);
    else {
      const list = postItems.get(summary.threadId);
      if (list) list.push(summary);
      else postItems.set(summary.threadId, [summary]);
    }
  }
  captures.sort(newestFirst);
  threads.sort(newestFirst);
  const postsOf = new Map<string, CaptureSummary[]>();
  for (const thread of threads) {
    const posts = postItems.get(thread.id) ?? [];
    const context = postContextOf(thread, annotations.get(thread.id), locale);
    posts.sort((left, right) => left.order - right.order);
    postsOf.set(
      thread.id,
      posts.map((post) => postSummaryOf(post, context)),
    );
  }
  // Merged newest first: a thread's posts take its place, in their order.
  const items: CaptureSummary[] = [];
  let next = 0;
  for (const capture of captures) {
    while (next < threads.length && threads[next]!.rowTime > capture.rowTime)
      append(items, postsOf.get(threads[next++]!.id)!);
    items.push(captureSummaryOf(capture, annotations.get(capture.id), locale));
  }
  for (; next < threads.length; next += 1) append(items, postsOf.get(threads[next]!.id)!);
  return {
    items,
    threads: new Map(
      threads.map((thread) => [
        thread.id,
        threadSummaryOf(thread, postsOf.get(thread.id)!.length, annotations.get(thread.id)),
      ]),
    ),
    complete: true,
  };
}

/** One by one: a thread of many thousand posts would overflow a spread's arguments. */
function append(items: CaptureSummary[], posts: readonly CaptureSummary[]): void {
  for (const post of posts) items.push(post);
}

/** How many posts a running thread has stored so far; a sealed one's seal says. */
function runningPosts(database: EvidenceDatabase, row: ItemSummary): Promise<number> {
  if (row.kind !== 'thread' || row.sealedPosts !== undefined) return Promise.resolve(0);
  return database.threadPosts
    .where('[threadId+order]')
    .between([row.id, 0], [row.id, Infinity])
    .count();
}
