import browser from 'webextension-polyfill';
import { assertStillShown } from '../capture/capture-tab';
import { takeScreenshot } from '../capture/take-screenshot';
import type { Translate } from '../i18n/translate';
import { threadChannel } from '../messaging/thread-channel';
import { authorKey } from './same-author';
import { createScreenWriter, endOfFailure } from './screen-writer';
import { createThreadStitcher } from './stitch-thread';
import { threadSummary } from './thread-summary';
import type { createThreadPosts } from './thread-posts';
import type { ThreadEnd, ThreadScreenRecord } from './thread-records';
import { sealThread } from './thread-store';
import type { CaptureContext } from '../capture/capture-tab';
import type { ModerationSettings } from '../settings/moderation';

const PAUSED_POLL_MS = 300;

export interface ThreadContext extends CaptureContext {
  moderation: () => Promise<ModerationSettings>;
  /** Shows on the badge how many screens the thread in that tab has shot; null when it ends. */
  threadProgress: (tabId: number, screens: number | null) => Promise<void>;
}

export type ThreadOutcome =
  | { status: 'stored'; threadId: string; end: ThreadEnd; screens: number; posts: number }
  | { status: 'failed'; reason: string };

/** Asks the thread agent of a tab, in its top frame. */
export function threadAgentOf(tabId: number) {
  return threadChannel.sender((envelope) =>
    browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }),
  );
}

/** A thread under way: where it runs and what it already holds. */
export interface ThreadRun {
  threadId: string;
  tabId: number;
  windowId: number;
  url: string;
  limit: number;
  /** The author whose posts alone are kept, and the name the overlay gives them. */
  author?: { key: string; label: string };
  announced?: number;
  posts: ReturnType<typeof createThreadPosts>;
  /** The next screen's index: the screens before it are stored. */
  index: number;
  /** What the overlay says before each screen's progress (a resumed thread says so). */
  notice?: string;
  /** What the last words add (a resumed thread says when it was stopped). */
  closing?: string;
  /** The screens stored before, in order, which the stitched picture goes on from. */
  storedBefore?: () => AsyncIterable<ThreadScreenRecord>;
}

/**
 * Goes through the thread screen by screen at the browser's limit, from `run.index`: every
 * screen is stored as it comes, and the stitched picture drawn as they come, so whatever
 * stops the thread (the person, the limit, a closed tab) leaves every screen already shot in
 * the store, and the thread sealed.
 */
export async function goThrough(
  context: ThreadContext,
  t: Translate,
  run: ThreadRun,
): Promise<ThreadOutcome> {
  const { threadId, tabId, url, limit, author, posts } = run;
  const ask = threadAgentOf(tabId);
  const stitcher = createThreadStitcher(context.database, threadId);
  // A resumed thread's stored screens are drawn first, in the writer's line, while the page
  // already goes on.
  const caughtUp = (async () => {
    if (run.storedBefore) for await (const screen of run.storedBefore()) await stitcher.add(screen);
  })().catch((error: unknown) => stitcher.abandon(error));
  const writer = createScreenWriter(context.database, threadId, undefined, async (screen) => {
    await caughtUp;
    await stitcher.add(screen);
  });
  const first = run.index;
  let end: ThreadEnd = 'screen-limit';
  let index = run.index;
  while (index < limit && !writer.failed) {
    const count = t('thread.progress', { screen: index + 1, limit, count: posts.size });
    const progress = run.notice ? `${run.notice} ${count}` : count;
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
        run.windowId,
        () => assertStillShown(tabId, url),
        context.screenshot,
      );
    } catch (error) {
      end = endOfFailure(error);
      break;
    }
    const screen = { ...answer.screen, index, capturedAt: new Date().toISOString() };
    const kept = author
      ? screen.posts.filter((post) => authorKey(post.details) === author.key)
      : screen.posts;
    const changed = posts.add(index, kept);
    writer.write(shot.dataUrl, { ...screen, pageMoved: answer.moved }, changed);
    void context.threadProgress(tabId, index + 1).catch(() => undefined);
    index += 1;
  }
  end = (await writer.settle()) ?? end;
  await caughtUp;
  await sealThread(context.database, threadId, end, async () => {
    const parts = await stitcher.finish();
    if (!parts) throw new Error('The stitched picture could not be made');
    return parts;
  });
  const screens = first + writer.stored;
  const summary = threadSummary(t, {
    posts: posts.size,
    screens,
    ...(run.announced === undefined ? {} : { announced: run.announced }),
  });
  await ask('finish', {
    title: t(end === 'end-of-thread' ? 'thread.doneTitle' : 'thread.stoppedTitle'),
    detail: [
      summary,
      t(`thread.end.${end}`),
      ...(run.closing ? [run.closing] : []),
      ...(author ? [t('author.filtered', { author: author.label })] : []),
    ].join(' '),
  }).catch(() => undefined);
  return { status: 'stored', threadId, end, screens, posts: posts.size };
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
