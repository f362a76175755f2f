import type { Annotation } from '../evidence/annotation';
import { captureName } from '../evidence/capture-name';
import type { CaptureRecord } from '../evidence/database';
import type { Locale } from '../i18n/catalogue';

/** What the library lists and searches, for one capture: small, flat, ready to filter. */
export interface CaptureSummary {
  id: string;
  /** The capture's one name, in the interface's language (lib/evidence/capture-name.ts). */
  name: string;
  capturedAt: string;
  host: string;
  platform: string;
  title: string;
  author: string;
  address: string;
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

export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function summarize(
  capture: CaptureRecord,
  annotation: Annotation | undefined,
  locale: Locale,
): CaptureSummary {
  const { metadata } = capture;
  const post = metadata.post;
  // A name that is the handle itself is said once.
  const author = [...new Set([post?.authorHandle, post?.authorName].filter(Boolean))].join(' ');
  const address = post?.permalink ?? metadata.page.url;
  const notes = (annotation?.notes ?? []).map((note) => note.text).join(' ');
  return {
    id: capture.id,
    name: captureName(metadata, locale),
    capturedAt: capture.capturedAt,
    host: capture.host,
    platform: post?.platform ?? 'web',
    title: metadata.page.title,
    author,
    address,
    ...(annotation?.category ? { categoryId: annotation.category.categoryId } : {}),
    reported: Boolean(annotation?.reports.length),
    reportedTo: [...new Set((annotation?.reports ?? []).map((report) => report.channelId))],
    tags: annotation?.tags ?? [],
    caseIds: annotation?.caseIds ?? [],
    trashed: Boolean(annotation?.trashedAt),
    imagesDeleted: Boolean(annotation?.imagesDeletedAt),
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
