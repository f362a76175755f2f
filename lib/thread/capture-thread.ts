import browser from 'webextension-polyfill';
import { askAgent } from '../capture/ask-page';
import { assertStillShown, shownTab, type CaptureContext } from '../capture/capture-tab';
import { forbiddenReason } from '../capture/forbidden-pages';
import { takeScreenshot } from '../capture/take-screenshot';
import { translator, type Locale, type Translate } from '../i18n/translate';
import { threadChannel } from '../messaging/thread-channel';
import type { ModerationSettings } from '../settings/moderation';
import { isRevealPlatform, type RevealPlatform } from './reveal-platforms';
import type { Rectangle } from '../messaging/page-schemas';
import { authorKey, authorLabel } from './same-author';
import { stitchThread } from './stitch-thread';
import { createThreadPosts } from './thread-posts';
import { threadSummary } from './thread-summary';
import type { ThreadEnd } from './thread-records';
import { openThread, recordRevealed, sealThread } from './thread-store';
import { createScreenWriter, endOfFailure } from './screen-writer';

/** The thread agent's bundle, as WXT names the unlisted script `thread-agent`. */
export const THREAD_AGENT_FILE = '/thread-agent.js';
const PAUSED_POLL_MS = 300;

export interface ThreadContext extends CaptureContext {
  moderation: () => Promise<ModerationSettings>;
  /** Shows on the badge how many screens the thread in that tab has shot; null when it ends. */
  threadProgress: (tabId: number, screens: number | null) => Promise<void>;
}

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

export type ThreadOutcome =
  | { status: 'stored'; threadId: string; end: ThreadEnd; screens: number; posts: number }
  | { status: 'failed'; reason: string };

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
  const ask = threadChannel.sender((envelope) =>
    browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }),
  );
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
    ...(author ? { filteredBy: { author, label: authorLabel(started.post) ?? author } } : {}),
    ...(started.announced === undefined ? {} : { announced: started.announced }),
  });
  if (isRevealPlatform(started.platform) && reveal.includes(started.platform)) {
    await revealFirst(ask, context, threadId, started.platform, t);
  }
  const posts = createThreadPosts();
  let end: ThreadEnd = 'screen-limit';
  let index = 0;
  const writer = createScreenWriter(context.database, threadId);
  while (index < limit && !writer.failed) {
    const progress = t('thread.progress', { screen: index + 1, limit, count: posts.size });
    const answer = await ask('advance', { index, progress }).catch(() => null);
    if (!answer) {
      end = await whyUnreachable(tabId);
      break;
    }
    if (answer.state === 'paused' || answer.state === 'user-scrolled') {
      await new Promise((resolve) => setTimeout(resolve, PAUSED_POLL_MS));
      continue;
    }
    if (answer.state !== 'ready') {
      end = answer.state === 'ended' ? 'end-of-thread' : 'cancelled';
      break;
    }
    let shot: { dataUrl: string };
    try {
      shot = await takeScreenshot(
        context.queue,
        tab.windowId!,
        () => assertStillShown(tabId, url),
        context.screenshot,
      );
    } catch (error) {
      end = endOfFailure(error);
      break;
    }
    const screen = { ...answer.screen, index, capturedAt: new Date().toISOString() };
    const kept = author
      ? screen.posts.filter((post) => authorKey(post.details) === author)
      : screen.posts;
    const changed = posts.add(index, kept);
    writer.write(shot.dataUrl, { ...screen, pageMoved: answer.moved }, changed);
    void context.threadProgress(tabId, index + 1).catch(() => undefined);
    index += 1;
  }
  end = (await writer.settle()) ?? end;
  await sealThread(context.database, threadId, end, stitchThread);
  const summary = threadSummary(t, {
    posts: posts.size,
    screens: writer.stored,
    ...(started.announced === undefined ? {} : { announced: started.announced }),
  });
  await ask('finish', {
    title: t(end === 'end-of-thread' ? 'thread.doneTitle' : 'thread.stoppedTitle'),
    detail: [
      summary,
      t(`thread.end.${end}`),
      ...(author ? [t('author.filtered', { author: authorLabel(started.post) ?? '' })] : []),
    ].join(' '),
  }).catch(() => undefined);
  return { status: 'stored', threadId, end, screens: writer.stored, posts: posts.size };
}

/**
 * « Révéler tout avant de capturer », on for this platform: the agent clicks the page's own
 * expanders, and each click is kept on the thread for its seal and custody log.
 */
async function revealFirst(
  ask: ReturnType<typeof threadChannel.sender>,
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

/** Why the page stopped answering: its tab is gone, or it left for another page. */
async function whyUnreachable(tabId: number): Promise<ThreadEnd> {
  try {
    await browser.tabs.get(tabId);
    return 'page-navigated';
  } catch {
    return 'tab-closed';
  }
}
