import type { Annotation } from '../evidence/annotation';
import { hostOf } from '../evidence/host-of';
import { formatDateTime, type Locale } from '../i18n/translate';
import type {
  ThreadEnd,
  ThreadPostRecord,
  ThreadRecord,
  ThreadStatus,
} from '../thread/thread-records';
import { annotated, authorKeyOf, authorOf, fold, type CaptureSummary } from './capture-summary';

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

export function summarizeThread(
  thread: ThreadRecord,
  storedPosts: number,
  annotation: Annotation | undefined,
): ThreadSummary {
  return {
    id: thread.id,
    title: thread.title,
    url: thread.url,
    platform: thread.platform,
    startedAt: thread.startedAt,
    status: thread.status,
    ...(thread.end ? { end: thread.end } : {}),
    postCount: thread.seal?.posts.length ?? storedPosts,
    sealed: Boolean(thread.sealSha256),
    trashed: Boolean(annotation?.trashedAt),
    caseIds: annotation?.caseIds ?? [],
  };
}

/**
 * One post of a thread, searched, filtered and counted like a capture. It is dated when the
 * thread was captured, and shares the thread's cases, tags, category and trash: those are
 * recorded in the thread's custody log, beside its seal.
 */
export function summarizePost(
  post: ThreadPostRecord,
  thread: ThreadRecord,
  annotation: Annotation | undefined,
  locale: Locale,
): CaptureSummary {
  const { details } = post;
  const { published } = details;
  const postedAt =
    published.kind === 'absolute'
      ? (published.label ?? formatDateTime(published.at, locale))
      : published.label;
  const author = authorOf(details);
  const text = details.text ?? '';
  const address = details.permalink ?? thread.url;
  const notes = (annotation?.notes ?? []).map((note) => note.text).join(' ');
  return {
    id: post.id,
    threadId: thread.id,
    name: author || text.slice(0, 80) || post.key,
    capturedAt: thread.startedAt,
    time: Date.parse(thread.startedAt),
    host: hostOf(thread.url),
    platform: details.platform,
    title: thread.title,
    author,
    address,
    authorKey: authorKeyOf(details),
    text,
    ...(postedAt ? { postedAt } : {}),
    ...(post.cropArea
      ? { crop: { screenId: `${thread.id}/screen/${post.screenIndex}`, area: post.cropArea } }
      : {}),
    ...(annotation?.category ? { categoryId: annotation.category.categoryId } : {}),
    ...annotated(annotation),
    haystack: fold(
      [author, address, thread.title, text, notes, (annotation?.tags ?? []).join(' ')].join('\n'),
    ),
  };
}
