import browser from 'webextension-polyfill';
import type { EvidenceDatabase } from '../evidence/database';
import type { Translate } from '../i18n/translate';
import { stitchThread } from './stitch-thread';
import { goThrough, threadAgentOf, type ThreadContext, type ThreadOutcome } from './thread-loop';
import { createThreadPosts } from './thread-posts';
import type { ThreadRecord } from './thread-records';
import { recordResumption, sealThread } from './thread-store';

/**
 * Takes up a thread the browser's stopped worker left running, as a person expects: at once,
 * from its last stored screen, when its tab still shows the same address and the page still
 * runs the thread (its agent answers, its overlay is there). The overlay and the last words
 * say it was resumed, and the thread's record, then its seal, say when and after how many
 * screens. A thread whose tab is gone, has left the address or was reloaded is sealed
 * interrupted (`worker-stopped`) with what it stored, as before. Null when not resumed.
 */
export async function resumeThread(
  context: ThreadContext,
  t: Translate,
  thread: ThreadRecord,
): Promise<ThreadOutcome | null> {
  const { database } = context;
  const tab =
    thread.tabId === undefined ? null : await browser.tabs.get(thread.tabId).catch(() => null);
  if (tab?.id !== undefined && tab.windowId !== undefined && tab.url === thread.url) {
    const keys = await storedScreenKeys(database, thread.id);
    const last = keys.length ? await database.threadScreens.get(keys.at(-1)!) : undefined;
    const notice = t('thread.resumedNotice');
    const answer = await threadAgentOf(tab.id)('resume', {
      scrollTop: last?.seal.scrollTop ?? null,
      progress: notice,
    }).catch(() => null);
    const recorded =
      answer?.resumed &&
      (await recordResumption(database, thread.id, keys.length).then(
        () => true,
        () => false,
      ));
    if (recorded) {
      const posts = await database.threadPosts
        .where('[threadId+order]')
        .between([thread.id, 0], [thread.id, Infinity])
        .toArray();
      const { screenLimit } = await context.moderation();
      return goThrough(context, t, {
        threadId: thread.id,
        tabId: tab.id,
        windowId: tab.windowId,
        url: thread.url,
        limit: screenLimit,
        ...(thread.filteredBy
          ? { author: { key: thread.filteredBy.author, label: thread.filteredBy.label } }
          : {}),
        ...(thread.announced === undefined ? {} : { announced: thread.announced }),
        posts: createThreadPosts(
          posts.map(({ key, order, details, screenIndex, whole }) => ({
            key,
            order,
            details,
            screenIndex,
            whole,
          })),
        ),
        index: keys.length,
        notice,
        closing: t('thread.resumedDetail', { screen: keys.length + 1 }),
        // One stored screen read at a time, for the stitched picture to go on from.
        async *storedBefore() {
          for (const key of keys) {
            const screen = await database.threadScreens.get(key);
            if (!screen) throw new Error(`Screen ${key} is gone`);
            yield screen;
          }
        },
      });
    }
  }
  await sealThread(database, thread.id, 'worker-stopped', stitchThread);
  return null;
}

function storedScreenKeys(database: EvidenceDatabase, threadId: string) {
  return database.threadScreens
    .where('[threadId+index]')
    .between([threadId, 0], [threadId, Infinity])
    .primaryKeys();
}
