import type { EvidenceItem } from '../reporting/evidence-item';
import { platformLabel } from '../sites/platform-names';
import type { ThreadPostRecord, ThreadRecord, ThreadScreenRecord } from '../thread/thread-records';
import type { EvidenceDatabase } from './database';
import { hostOf } from './host-of';

/** A thread as reports and exports read it: the record, its screens' seals, its posts in order. */
export interface ThreadEvidence {
  thread: ThreadRecord;
  screens: Array<Pick<ThreadScreenRecord, 'index' | 'seal' | 'sealSha256'>>;
  posts: ThreadPostRecord[];
}

/** Reads a thread from the store, or null when there is none by that id. */
export async function readThreadEvidence(
  database: EvidenceDatabase,
  threadId: string,
): Promise<ThreadEvidence | null> {
  const thread = await database.threads.get(threadId);
  if (!thread) return null;
  const [screens, posts] = await Promise.all([
    database.threadScreens
      .where('[threadId+index]')
      .between([threadId, 0], [threadId, Infinity])
      .toArray(),
    database.threadPosts
      .where('[threadId+order]')
      .between([threadId, 0], [threadId, Infinity])
      .toArray(),
  ]);
  return { thread, screens, posts };
}

/**
 * Each post of a thread as a report's evidence: its own address (a Discord message link, a
 * permalink), author, text and time as the page gave them, the time of the screen that shows
 * it and that screen's hash. A thread records no time zone, so local times are the device's.
 */
export function threadEvidenceItems(
  { thread, screens, posts }: ThreadEvidence,
  timeZone: string,
): EvidenceItem[] {
  const screenOf = new Map(screens.map((screen) => [screen.index, screen.seal]));
  return posts.map((post) => {
    const { details } = post;
    const screen = screenOf.get(post.screenIndex);
    const platform = details.platform !== 'web' ? details.platform : undefined;
    return {
      captureId: post.id,
      threadId: thread.id,
      pageUrl: thread.url,
      ...(details.permalink ? { postUrl: details.permalink } : {}),
      ...(platform ? { platform } : {}),
      siteLabel: platformLabel(platform) ?? hostOf(thread.url),
      ...(details.authorName ? { authorName: details.authorName } : {}),
      ...(details.authorHandle ? { authorHandle: details.authorHandle } : {}),
      ...(details.authorUrl ? { authorUrl: details.authorUrl } : {}),
      ...(details.text ? { text: details.text } : {}),
      published: details.published,
      capturedAt: screen?.capturedAt ?? thread.startedAt,
      timeZone,
      ...(screen ? { screenshotSha256: screen.sha256 } : {}),
    };
  });
}
