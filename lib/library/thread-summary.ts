import type { Annotation } from '../evidence/annotation';
import { hostOf } from '../evidence/host-of';
import { formatDateTime, type Locale } from '../i18n/translate';
import type { ThreadEnd, ThreadStatus } from '../thread/thread-records';
import { fold } from './author-key';
import { annotated, annotationText, type CaptureSummary } from './capture-summary';
import type { PostItem, ThreadItem } from './item-summary';

/** What the library shows of a thread capture: one row, which opens into its posts. */
export interface ThreadSummary {
  id: string;
  title: string;
  url: string;
  platform: string;
  startedAt: string;
  status: ThreadStatus;
  end?: ThreadEnd;
  /** Every post stored, as the seal lists them (or the store holds them while it runs). */
  postCount: number;
  /** Sealed: only then can it be put in a case or the trash (its seal opens its custody log). */
  sealed: boolean;
  trashed: boolean;
  caseIds: string[];
}

export function threadSummaryOf(
  item: ThreadItem,
  storedPosts: number,
  annotation: Annotation | undefined,
): ThreadSummary {
  return {
    id: item.id,
    title: item.title,
    url: item.url,
    platform: item.platform,
    startedAt: item.rowTime,
    status: item.status,
    ...(item.end ? { end: item.end } : {}),
    postCount: item.sealedPosts ?? storedPosts,
    sealed: item.sealed,
    trashed: Boolean(annotation?.trashedAt),
    caseIds: annotation?.caseIds ?? [],
  };
}

/** What every post of a thread shares: its place, time, searched title and custody log. */
export interface PostContext {
  thread: ThreadItem;
  annotation: Annotation | undefined;
  /** The thread's title folded, with its address for posts without their own. */
  folded: { title: string; url: string };
  host: string;
  locale: Locale;
}

export function postContextOf(
  thread: ThreadItem,
  annotation: Annotation | undefined,
  locale: Locale,
): PostContext {
  const folded = { title: fold(thread.title), url: fold(thread.url) };
  return { thread, annotation, folded, host: hostOf(thread.url), locale };
}

/**
 * One post of a thread, searched, filtered and counted like a capture. It is dated when the
 * thread was captured, and shares the thread's cases, tags, category and trash: those are
 * recorded in the thread's custody log, beside its seal.
 */
export function postSummaryOf(item: PostItem, context: PostContext): CaptureSummary {
  const { thread, annotation, folded, host, locale } = context;
  const { published } = item;
  const postedAt =
    published.kind === 'absolute'
      ? (published.label ?? formatDateTime(published.at, locale))
      : published.label;
  const address = item.permalink ?? thread.url;
  return {
    id: item.id,
    threadId: thread.id,
    name: item.author || item.text.slice(0, 80) || item.key,
    capturedAt: thread.rowTime,
    time: Date.parse(thread.rowTime),
    host,
    platform: item.platform,
    title: thread.title,
    author: item.author,
    address,
    authorKey: item.authorKey,
    text: item.text,
    ...(postedAt ? { postedAt } : {}),
    ...(item.cropArea
      ? { crop: { screenId: `${thread.id}/screen/${item.screenIndex}`, area: item.cropArea } }
      : {}),
    ...(annotation?.category ? { categoryId: annotation.category.categoryId } : {}),
    ...annotated(annotation),
    haystack: `${item.folded}\n${item.permalink ? '' : folded.url}\n${folded.title}${annotationText(annotation)}`,
  };
}
