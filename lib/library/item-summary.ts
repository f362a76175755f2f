import type { CaptureMetadata } from '../evidence/capture-metadata';
import { captureName } from '../evidence/capture-name';
import type { Rectangle } from '../messaging/page-schemas';
import type { PostDetails } from '../sites/post-details';
import type {
  ThreadEnd,
  ThreadPostRecord,
  ThreadRecord,
  ThreadStatus,
} from '../thread/thread-records';
import { authorKeyOf, authorOf, fold } from './author-key';

/**
 * What the library needs of one stored item, kept in the `summaries` table beside it: a
 * capture, a thread, or one post of a thread. It is derived from the sealed records, written
 * in the same transaction as they are (`summary-middleware.ts`), and made again from them
 * whenever it is missing (`repair-summaries.ts`): the sealed records stay the evidence.
 * Captures and threads carry `rowTime`, indexed, so the first screen reads the newest rows
 * by index, without reading a post or a sealed record.
 */
export type ItemSummary = CaptureItem | ThreadItem | PostItem;

/** The fields searched, folded once when the item is stored: lower case, accents aside. */
interface Searched {
  folded: string;
}

export interface CaptureItem extends Searched {
  kind: 'capture';
  id: string;
  rowTime: string;
  host: string;
  platform: string;
  title: string;
  author: string;
  address: string;
  authorKey: string;
  /** The capture's one name in each language (lib/evidence/capture-name.ts). */
  names: { fr: string; en: string };
}

export interface ThreadItem {
  kind: 'thread';
  id: string;
  rowTime: string;
  title: string;
  url: string;
  platform: string;
  status: ThreadStatus;
  end?: ThreadEnd;
  /** How many posts its seal lists; a running thread's posts are counted when read. */
  sealedPosts?: number;
  sealed: boolean;
}

export interface PostItem extends Searched {
  kind: 'post';
  id: string;
  threadId: string;
  order: number;
  key: string;
  platform: string;
  author: string;
  authorKey: string;
  text: string;
  permalink?: string;
  published: PostDetails['published'];
  screenIndex: number;
  cropArea?: Rectangle;
}

export function captureItem(capture: {
  id: string;
  capturedAt: string;
  host: string;
  metadata: CaptureMetadata;
}): CaptureItem {
  const { metadata } = capture;
  const post = metadata.post;
  const author = authorOf(post);
  const address = post?.permalink ?? metadata.page.url;
  const text = post?.text ?? metadata.target.selectionText ?? '';
  return {
    kind: 'capture',
    id: capture.id,
    rowTime: capture.capturedAt,
    host: capture.host,
    platform: post?.platform ?? 'web',
    title: metadata.page.title,
    author,
    address,
    authorKey: post ? authorKeyOf(post) : '',
    names: { fr: captureName(metadata, 'fr'), en: captureName(metadata, 'en') },
    folded: fold([author, address, metadata.page.title, text, capture.host].join('\n')),
  };
}

export function threadItem(thread: ThreadRecord): ThreadItem {
  return {
    kind: 'thread',
    id: thread.id,
    rowTime: thread.startedAt,
    title: thread.title,
    url: thread.url,
    platform: thread.platform,
    status: thread.status,
    ...(thread.end ? { end: thread.end } : {}),
    ...(thread.seal ? { sealedPosts: thread.seal.posts.length } : {}),
    sealed: Boolean(thread.sealSha256),
  };
}

export function postItem(post: ThreadPostRecord): PostItem {
  const { details } = post;
  const author = authorOf(details);
  const text = details.text ?? '';
  return {
    kind: 'post',
    id: post.id,
    threadId: post.threadId,
    order: post.order,
    key: post.key,
    platform: details.platform,
    author,
    authorKey: authorKeyOf(details),
    text,
    ...(details.permalink ? { permalink: details.permalink } : {}),
    published: details.published,
    screenIndex: post.screenIndex,
    ...(post.cropArea ? { cropArea: post.cropArea } : {}),
    folded: fold([author, details.permalink ?? '', text].join('\n')),
  };
}

/** The tables whose records have a summary, and how each record is summarised. */
export const SUMMARISED = {
  captures: captureItem,
  threads: threadItem,
  threadPosts: postItem,
} as const;

export type SummarisedTable = keyof typeof SUMMARISED;

export const isSummarised = (table: string): table is SummarisedTable => table in SUMMARISED;

/**
 * The summaries of records of a summarised table. A record that cannot be summarised (not
 * as Témoin writes them) is left out, and said in the console: its summary must never stop
 * the evidence itself from being stored, nor the store from opening.
 */
export function itemsOf(table: SummarisedTable, records: readonly unknown[]): ItemSummary[] {
  const summarise = SUMMARISED[table] as (record: unknown) => ItemSummary;
  return records.flatMap((record) => {
    try {
      return [summarise(record)];
    } catch (error) {
      console.warn(`No library summary for a record of ${table}`, error);
      return [];
    }
  });
}
