import { fold } from './author-key';
import type { CaptureSummary } from './capture-summary';

export interface LibraryFilter {
  text?: string;
  author?: string;
  /** One author's dossier: exactly their posts and captures (`authorKeyOf`). */
  authorKey?: string;
  platform?: string;
  categoryId?: string;
  status?: 'captured' | 'reported';
  /** Inclusive calendar days, `YYYY-MM-DD`, in the user's time zone. */
  from?: string;
  to?: string;
  caseId?: string;
  tag?: string;
  /** The trash is its own view. */
  trash?: boolean;
}

/** Local midnight of a calendar day, as an instant, to compare with UTC capture times. */
function dayStart(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date!).getTime();
}

/**
 * The captures matching every criterion, newest first. Each word of the search text must
 * appear somewhere (author, address, title, text, notes, tags), accents and case aside.
 */
export function filterCaptures(
  summaries: readonly CaptureSummary[],
  filter: LibraryFilter,
): CaptureSummary[] {
  const words = fold(filter.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const author = fold(filter.author ?? '').trim();
  const from = filter.from ? dayStart(filter.from) : -Infinity;
  const to = filter.to ? dayStart(filter.to) + 86_400_000 : Infinity;
  return summaries.filter((summary) => {
    if (summary.trashed !== Boolean(filter.trash)) return false;
    if (filter.platform && summary.platform !== filter.platform) return false;
    if (filter.categoryId && summary.categoryId !== filter.categoryId) return false;
    if (filter.status === 'reported' && !summary.reported) return false;
    if (filter.status === 'captured' && summary.reported) return false;
    if (filter.caseId && !summary.caseIds.includes(filter.caseId)) return false;
    if (filter.tag && !summary.tags.includes(filter.tag)) return false;
    if (filter.authorKey && summary.authorKey !== filter.authorKey) return false;
    if (author && !fold(summary.author).includes(author)) return false;
    if (summary.time < from || summary.time >= to) return false;
    return words.every((word) => summary.haystack.includes(word));
  });
}
