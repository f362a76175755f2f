import type { Annotation } from '../evidence/annotation';
import { captureName } from '../evidence/capture-name';
import type { CaptureRecord } from '../evidence/database';
import type { Locale } from '../i18n/catalogue';
import type { Rectangle } from '../messaging/page-schemas';

/** What the library lists and searches, for one capture: small, flat, ready to filter. */
export interface CaptureSummary {
  id: string;
  /** Set on a thread's post: the thread it belongs to, whose row it opens under. */
  threadId?: string;
  /** The capture's one name, in the interface's language (lib/evidence/capture-name.ts). */
  name: string;
  capturedAt: string;
  /** `capturedAt` as milliseconds, read once: filtering 100,000 items parses no dates. */
  time: number;
  host: string;
  platform: string;
  title: string;
  author: string;
  address: string;
  /** Who wrote it, the same for every post of one account (see `authorKeyOf`); '' if unknown. */
  authorKey: string;
  /** A thread's post: its text, when it was published as the page said, and its crop's place. */
  text?: string;
  postedAt?: string;
  crop?: { screenId: string; area: Rectangle };
  categoryId?: string;
  reported: boolean;
  /** The channels it was reported to, each once. */
  reportedTo: string[];
  tags: string[];
  caseIds: string[];
  trashed: boolean;
  imagesDeleted: boolean;
  /** Lower-case, accent-free text of everything searchable, built once. */
  haystack: string;
}

/** What the custody log added beside a capture or a thread: the same for each of its posts. */
export function annotated(annotation: Annotation | undefined) {
  return {
    reported: Boolean(annotation?.reports.length),
    reportedTo: [...new Set((annotation?.reports ?? []).map((report) => report.channelId))],
    tags: annotation?.tags ?? [],
    caseIds: annotation?.caseIds ?? [],
    trashed: Boolean(annotation?.trashedAt),
    imagesDeleted: Boolean(annotation?.imagesDeletedAt),
  };
}

export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * One account on one platform: its handle, else its profile address, else its shown name,
 * case and accents aside. Two posts with the same key are taken as the same author's.
 */
export function authorKeyOf(post: {
  platform: string;
  authorHandle?: string | undefined;
  authorUrl?: string | undefined;
  authorName?: string | undefined;
}): string {
  const handle = post.authorHandle?.trim().replace(/^@/, '');
  if (handle) return `${post.platform}|handle|${fold(handle)}`;
  if (post.authorUrl) return `${post.platform}|profile|${post.authorUrl}`;
  const name = post.authorName?.trim();
  return name ? `${post.platform}|name|${fold(name)}` : '';
}

/** A name that is the handle itself is said once. */
export const authorOf = (post?: { authorHandle?: string; authorName?: string }) =>
  [...new Set([post?.authorHandle, post?.authorName].filter(Boolean))].join(' ');

export function summarize(
  capture: CaptureRecord,
  annotation: Annotation | undefined,
  locale: Locale,
): CaptureSummary {
  const { metadata } = capture;
  const post = metadata.post;
  const author = authorOf(post);
  const address = post?.permalink ?? metadata.page.url;
  const notes = (annotation?.notes ?? []).map((note) => note.text).join(' ');
  return {
    id: capture.id,
    name: captureName(metadata, locale),
    capturedAt: capture.capturedAt,
    time: Date.parse(capture.capturedAt),
    host: capture.host,
    platform: post?.platform ?? 'web',
    title: metadata.page.title,
    author,
    address,
    authorKey: post ? authorKeyOf(post) : '',
    ...(annotation?.category ? { categoryId: annotation.category.categoryId } : {}),
    ...annotated(annotation),
    haystack: fold(
      [
        author,
        address,
        metadata.page.title,
        post?.text ?? metadata.target.selectionText ?? '',
        capture.host,
        notes,
        (annotation?.tags ?? []).join(' '),
      ].join('\n'),
    ),
  };
}
