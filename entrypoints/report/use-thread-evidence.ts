import { captureName, capturedOn } from '../../lib/evidence/capture-name';
import type { EvidenceDatabase } from '../../lib/evidence/database';
import { readThreadEvidence, threadEvidenceItems } from '../../lib/evidence/thread-evidence';
import type { Locale, Translate } from '../../lib/i18n/translate';
import { useLiveQuery } from '../../lib/extension-pages/use-live-query';
import { excerpt } from '../../lib/reporting/evidence-text';
import type { EvidenceItem } from '../../lib/reporting/evidence-item';
import { deviceTimeZone } from '../../lib/time/device-time-zone';
import { publishedOn } from './build-evidence-view';
import type { EvidenceView } from './components/view-types';

export interface ThreadReport {
  items: EvidenceItem[];
  views: EvidenceView[];
  /** What the page says of the thread: its size, and that it has no custody log to note in. */
  note: string;
  url: string;
  screens: number;
}

/** The thread named in the page's address (`#thread=<id>`), if any. */
export function threadIdFromAddress(): string | undefined {
  return new URLSearchParams(location.hash.slice(1)).get('thread') ?? undefined;
}

/** A thread's posts as the report's evidence: every post, in the thread's order. */
export function useThreadEvidence(
  database: EvidenceDatabase,
  threadId: string | undefined,
  locale: Locale,
  t: Translate,
): ThreadReport | null {
  const loaded = useLiveQuery(
    async () => (threadId ? readThreadEvidence(database, threadId) : null),
    [threadId],
  );
  if (!loaded) return null;
  const items = threadEvidenceItems(loaded, deviceTimeZone());
  const views = loaded.posts.map((post, index): EvidenceView => {
    const item = items[index]!;
    return {
      captureId: post.id,
      name: captureName({ page: loaded.thread, post: post.details }, locale),
      ...(item.text ? { excerpt: excerpt(item.text) } : {}),
      ...publishedOn(item, locale, t),
      capturedOn: capturedOn(item.capturedAt, locale),
      address: item.postUrl ?? item.pageUrl,
      reports: [],
      imagesDeleted: loaded.screens.length === 0,
    };
  });
  return {
    items,
    views,
    note: t('report.threadNote', { count: items.length, title: loaded.thread.title }),
    url: loaded.thread.url,
    screens: loaded.screens.length,
  };
}
