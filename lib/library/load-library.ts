import type { Annotation } from '../evidence/annotation';
import type { EvidenceDatabase } from '../evidence/database';
import type { Locale } from '../i18n/catalogue';
import type { ThreadRecord } from '../thread/thread-records';
import { summarize, type CaptureSummary } from './capture-summary';
import { summarizePost, summarizeThread, type ThreadSummary } from './thread-summary';

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

/** The newest captures and threads, for the first screen: no post, no picture, no count. */
export async function loadFirstScreen(
  database: EvidenceDatabase,
  limit: number,
  locale: Locale,
): Promise<LibraryIndex> {
  const [captures, threads] = await Promise.all([
    database.captures.orderBy('capturedAt').reverse().limit(limit).toArray(),
    database.threads.orderBy('startedAt').reverse().limit(limit).toArray(),
  ]);
  const annotations = byAnnotation(
    await database.annotations.bulkGet([...captures, ...threads].map(({ id }) => id)),
  );
  const counts = await Promise.all(threads.map((thread) => storedPosts(database, thread)));
  return {
    items: captures.map((capture) => summarize(capture, annotations.get(capture.id), locale)),
    threads: new Map(
      threads.map((thread, index) => [
        thread.id,
        summarizeThread(thread, counts[index]!, annotations.get(thread.id)),
      ]),
    ),
    complete: false,
  };
}

/** Every capture and every thread's post, newest first, posts in their thread's order. */
export async function loadIndex(database: EvidenceDatabase, locale: Locale): Promise<LibraryIndex> {
  const [captures, threads, posts, annotationList] = await Promise.all([
    database.captures.orderBy('capturedAt').reverse().toArray(),
    database.threads.orderBy('startedAt').reverse().toArray(),
    database.threadPosts.orderBy('[threadId+order]').toArray(),
    database.annotations.toArray(),
  ]);
  const annotations = byAnnotation(annotationList);
  const threadById = new Map(threads.map((thread) => [thread.id, thread]));
  const postsOf = new Map<string, CaptureSummary[]>();
  for (const post of posts) {
    const thread = threadById.get(post.threadId);
    if (!thread) continue;
    const summary = summarizePost(post, thread, annotations.get(thread.id), locale);
    const list = postsOf.get(thread.id);
    if (list) list.push(summary);
    else postsOf.set(thread.id, [summary]);
  }
  // Merged newest first: a thread's posts take its place, in their order.
  const items: CaptureSummary[] = [];
  let next = 0;
  for (const capture of captures) {
    while (next < threads.length && threads[next]!.startedAt > capture.capturedAt)
      items.push(...(postsOf.get(threads[next++]!.id) ?? []));
    items.push(summarize(capture, annotations.get(capture.id), locale));
  }
  for (; next < threads.length; next += 1) items.push(...(postsOf.get(threads[next]!.id) ?? []));
  return {
    items,
    threads: new Map(
      threads.map((thread) => [
        thread.id,
        summarizeThread(thread, postsOf.get(thread.id)?.length ?? 0, annotations.get(thread.id)),
      ]),
    ),
    complete: true,
  };
}

function storedPosts(database: EvidenceDatabase, thread: ThreadRecord): Promise<number> {
  if (thread.seal) return Promise.resolve(thread.seal.posts.length);
  return database.threadPosts
    .where('[threadId+order]')
    .between([thread.id, 0], [thread.id, Infinity])
    .count();
}
