import type { Annotation } from '../evidence/annotation';
import type { Locale } from '../i18n/catalogue';
import type { Rectangle } from '../messaging/page-schemas';
import { fold } from './author-key';
import type { CaptureItem } from './item-summary';

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

/** The folded notes and tags the custody log added, searched with the item's own text. */
export function annotationText(annotation: Annotation | undefined): string {
  if (!annotation) return '';
  const notes = annotation.notes.map((note) => note.text).join(' ');
  return `\n${fold(`${notes}\n${annotation.tags.join(' ')}`)}`;
}

/** A capture as the library lists it: its stored summary and what its custody log added. */
export function captureSummaryOf(
  item: CaptureItem,
  annotation: Annotation | undefined,
  locale: Locale,
): CaptureSummary {
  return {
    id: item.id,
    name: item.names[locale],
    capturedAt: item.rowTime,
    time: Date.parse(item.rowTime),
    host: item.host,
    platform: item.platform,
    title: item.title,
    author: item.author,
    address: item.address,
    authorKey: item.authorKey,
    ...(annotation?.category ? { categoryId: annotation.category.categoryId } : {}),
    ...annotated(annotation),
    haystack: item.folded + annotationText(annotation),
  };
}
