import browser from 'webextension-polyfill';
import { askAgent } from '../capture/ask-page';
import { shownTab } from '../capture/capture-tab';
import { forbiddenReason } from '../capture/forbidden-pages';
import { translator, type Locale, type Translate } from '../i18n/translate';
import { isRevealPlatform, type RevealPlatform } from './reveal-platforms';
import type { Rectangle } from '../messaging/page-schemas';
import { authorKey, authorLabel } from './same-author';
import { createThreadPosts } from './thread-posts';
import { resumeThread } from './resume-thread';
import { abandonedThreads, openThread, recordRevealed } from './thread-store';
import { goThrough, threadAgentOf, type ThreadContext, type ThreadOutcome } from './thread-loop';

/** The thread agent's bundle, as WXT names the unlisted script `thread-agent`. */
export const THREAD_AGENT_FILE = '/thread-agent.js';

/**
 * A thread to capture: from the right-clicked post (the menu) or the post in the middle of
 * the screen (the popup); with `byAuthor`, only that post's author's posts are kept.
 */
export interface ThreadRequest {
  tabId: number;
  requestedAt: Date;
  trigger?: 'context-menu' | 'popup';
  byAuthor?: boolean;
}

/**
 * Captures the whole thread of the right-clicked post, screen by screen at the browser's
 * limit. Every screen is stored as it comes, so whatever stops the thread (the person, the
 * limit, a closed tab) leaves every screen already shot in the store, and the thread sealed.
 */
export function createThreadService(context: ThreadContext, locale: () => Locale) {
  const running = new Set<number>();
  return {
    async captureThread(request: ThreadRequest) {
      if (running.has(request.tabId)) {
        return { status: 'failed', reason: 'already-running' } as const;
      }
      running.add(request.tabId);
      try {
        return await runThread(context, translator(locale()), request);
      } finally {
        running.delete(request.tabId);
        await context.threadProgress(request.tabId, null).catch(() => undefined);
      }
    },
    /**
     * Takes up, or seals as interrupted, every thread a stopped worker left running
     * (resume-thread.ts); called once as the worker starts.
     */
    async resumeAbandoned(): Promise<void> {
      const threads = await abandonedThreads(context.database);
      await Promise.all(
        threads.map(async (thread) => {
          const tabId = thread.tabId ?? -1;
          if (running.has(tabId)) return;
          running.add(tabId);
          try {
            await resumeThread(context, translator(locale()), thread);
          } catch (error) {
            console.error('Thread resumption failed', error);
          } finally {
            running.delete(tabId);
            await context.threadProgress(tabId, null).catch(() => undefined);
          }
        }),
      );
    },
  };
}

async function runThread(
  context: ThreadContext,
  t: Translate,
  { tabId, requestedAt, trigger = 'context-menu', byAuthor = false }: ThreadRequest,
): Promise<ThreadOutcome> {
  const tab = await shownTab(tabId);
  const url = tab.url ?? '';
  const forbidden = forbiddenReason({
    url: tab.url,
    ownOrigin: context.ownOrigin,
    fileAccessAllowed: url.startsWith('file:') ? await context.fileAccessAllowed() : true,
  });
  if (forbidden) return { status: 'failed', reason: forbidden };
  const threadId = crypto.randomUUID();
  const described = await askAgent(
    tabId,
    0,
    'describe',
    {
      token: threadId,
      trigger,
      requestedAt: requestedAt.getTime(),
    },
    url,
  ).catch(() => null);
  if (!described) return { status: 'failed', reason: 'no-agent' };
  const target = described.target?.rectangle;
  const ask = threadAgentOf(tabId);
  await browser.scripting.executeScript({ target: { tabId }, files: [THREAD_AGENT_FILE] });
  const { screenLimit: limit, reveal } = await context.moderation();
  const viewport = described.viewport;
  const point = startingPoint(target, viewport, trigger);
  const started = point
    ? await ask('start', { point, probe: trigger === 'popup', limit, labels: overlayLabels(t) })
    : ({ found: false } as const);
  const author = started.found && byAuthor ? authorKey(started.post) : undefined;
  if (!started.found || (byAuthor && !author)) {
    await askAgent(
      tabId,
      0,
      'confirm',
      {
        tone: 'error',
        title: t('failedTitle'),
        detail: t(started.found ? 'thread.noAuthor' : 'thread.noPost'),
        closeLabel: t('close'),
      },
      url,
    ).catch(() => undefined);
    return { status: 'failed', reason: 'no-post-found' };
  }

  await openThread(context.database, {
    id: threadId,
    url,
    title: tab.title ?? '',
    platform: started.platform,
    scroller: started.scroller,
    tabId,
    ...(author ? { filteredBy: { author, label: authorLabel(started.post) ?? author } } : {}),
    ...(started.announced === undefined ? {} : { announced: started.announced }),
  });
  if (isRevealPlatform(started.platform) && reveal.includes(started.platform)) {
    await revealFirst(ask, context, threadId, started.platform, t);
  }
  return goThrough(context, t, {
    threadId,
    tabId,
    windowId: tab.windowId!,
    url,
    limit,
    ...(author ? { author: { key: author, label: authorLabel(started.post) ?? '' } } : {}),
    ...(started.announced === undefined ? {} : { announced: started.announced }),
    posts: createThreadPosts(),
    index: 0,
  });
}

/**
 * « Révéler tout avant de capturer », on for this platform: the agent clicks the page's own
 * expanders, and each click is kept on the thread for its seal and custody log.
 */
async function revealFirst(
  ask: ReturnType<typeof threadAgentOf>,
  context: ThreadContext,
  threadId: string,
  platform: RevealPlatform,
  t: Translate,
) {
  const answer = await ask('reveal', { platform, progress: t('reveal.progress') }).catch(
    () => null,
  );
  if (answer?.clicks.length) await recordRevealed(context.database, threadId, answer.clicks);
}

/**
 * Where the thread's first post is looked for, in the viewport: the middle of the clicked
 * post, or, from the popup, the middle of the screen (the agent then looks down from there).
 */
export function startingPoint(
  target: Rectangle | undefined,
  viewport: { width: number; height: number },
  trigger: ThreadRequest['trigger'],
) {
  if (trigger === 'popup') return { x: viewport.width / 2, y: viewport.height / 2 };
  if (!target) return null;
  return {
    x: Math.min(Math.max(target.x + target.width / 2, 1), viewport.width - 1),
    y: (Math.max(target.y, 0) + Math.min(target.y + target.height, viewport.height)) / 2,
  };
}

function overlayLabels(t: Translate) {
  return {
    title: t('thread.title'),
    pause: t('thread.pause'),
    resume: t('thread.resume'),
    cancel: t('thread.cancel'),
    paused: t('thread.paused'),
    userScrolled: t('thread.userScrolled'),
    close: t('close'),
  };
}
