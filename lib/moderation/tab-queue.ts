import browser from 'webextension-polyfill';
import { CaptureError, failureFromError } from '../capture/capture-failure';
import type { CaptureContext } from '../capture/capture-tab';
import { forbiddenReason } from '../capture/forbidden-pages';
import { formatDateTime, translator, type Locale } from '../i18n/translate';
import { caseFor, storeCapture, type ShowRunProgress } from './store-capture';
import {
  isFinished,
  readTabQueue,
  writeTabQueue,
  type QueuedTab,
  type TabQueue,
} from './tab-queue-state';

const PAUSED_POLL_MS = 300;
const EVERY_SITE = ['<all_urls>'];
const LOAD_WAIT_MS = 15_000;
/** After a tab is shown, time for the browser to paint it before the shot. */
const PAINT_MS = 400;

/**
 * « Capturer tous les onglets de cette fenêtre »: one ordinary capture per tab, one after
 * another, all in one new case. Chrome's `captureVisibleTab` needs `activeTab` (a click on
 * that very tab) or access to every site: the popup asks for the latter once, and the queue
 * gives it back when it ends. `captureVisibleTab` shoots only the tab a window shows, so
 * the queue shows each tab in turn in its own window; the person keeps browsing in another
 * window. A tab they pick in the queue's window pauses it, so the queue never takes the page
 * they are reading. Its state lives in session storage: the popup shows it, and a worker the
 * browser stopped and started again goes on with it.
 */
export function createTabQueue(
  context: CaptureContext,
  locale: () => Locale,
  showProgress: ShowRunProgress = async () => undefined,
) {
  let looping = false;
  /** The tab the queue itself is showing: its own activation is not the person's. */
  let showing: number | undefined;

  async function update(change: (queue: TabQueue) => TabQueue | null): Promise<TabQueue | null> {
    const queue = await readTabQueue();
    if (!queue) return null;
    const next = change(queue);
    await writeTabQueue(next);
    return next;
  }
  const setTab = async (tabId: number, change: Partial<QueuedTab>) => {
    const queue = await update((current) => ({
      ...current,
      tabs: current.tabs.map((tab) => (tab.tabId === tabId ? { ...tab, ...change } : tab)),
    }));
    if (queue) {
      const done = queue.tabs.filter((tab) => tab.state !== 'waiting').length;
      await showProgress(undefined, { done, total: queue.tabs.length }).catch(() => undefined);
    }
    return queue;
  };

  async function loop(): Promise<void> {
    if (looping) return;
    looping = true;
    try {
      const t = translator(locale());
      const first = await readTabQueue();
      if (!first) return;
      const folder = caseFor(first.caseName);
      for (;;) {
        const queue = await readTabQueue();
        if (!queue || queue.status !== 'running') {
          if (queue && !isFinished(queue)) {
            await sleep(PAUSED_POLL_MS);
            continue;
          }
          return await finish(queue);
        }
        const next = queue.tabs.find((tab) => tab.state === 'waiting');
        if (!next) {
          await update((done) => ({ ...done, status: 'done' }));
          if (queue.shownTabId !== undefined) await show(queue.shownTabId).catch(() => undefined);
          return await finish(queue);
        }
        await captureOne(next, folder, t('practice.mark'));
      }
    } finally {
      looping = false;
      showing = undefined;
    }
  }

  async function captureOne(queued: QueuedTab, folder: ReturnType<typeof caseFor>, mark: string) {
    const tab = await browser.tabs.get(queued.tabId).catch(() => null);
    if (!tab) return setTab(queued.tabId, { state: 'failed', reason: 'tab-closed' });
    const url = tab.url ?? '';
    const fileAccessAllowed = url.startsWith('file:') ? await context.fileAccessAllowed() : true;
    const forbidden = url.startsWith(context.ownOrigin)
      ? 'own-page'
      : forbiddenReason({ url, ownOrigin: context.ownOrigin, fileAccessAllowed });
    if (forbidden) return setTab(queued.tabId, { state: 'skipped', reason: forbidden });
    try {
      await show(queued.tabId);
      const stored = await storeCapture(
        context,
        { trigger: 'all-tabs', tabId: queued.tabId, requestedAt: new Date() },
        mark,
      );
      await folder.add(stored.database, stored.captureId);
      return setTab(queued.tabId, { state: 'stored' });
    } catch (error) {
      const reason = error instanceof CaptureError ? error.reason : failureFromError(error);
      // The person took the window's tab meanwhile: this tab waits for the queue to resume.
      if (reason === 'tab-hidden') return null;
      return setTab(queued.tabId, { state: 'failed', reason });
    }
  }

  /** The badge's count comes back once the queue has ended; the queue's access goes. */
  async function finish(queue: TabQueue | null): Promise<void> {
    await showProgress(undefined, null).catch(() => undefined);
    await giveBackSites(queue);
  }

  /** Shows the tab in its window and waits for it to be loaded and painted. */
  async function show(tabId: number): Promise<void> {
    showing = tabId;
    await browser.tabs.update(tabId, { active: true });
    const deadline = Date.now() + LOAD_WAIT_MS;
    while ((await browser.tabs.get(tabId)).status !== 'complete' && Date.now() < deadline)
      await sleep(PAUSED_POLL_MS);
    await sleep(PAINT_MS);
  }

  return {
    /** The person picked a tab: in the queue's window, while it runs, the queue pauses. */
    async onActivated({ tabId, windowId }: { tabId: number; windowId: number }) {
      if (!looping || tabId === showing) return;
      await update((queue) =>
        queue.windowId === windowId && queue.status === 'running'
          ? { ...queue, status: 'paused-by-tab' }
          : queue,
      );
    },
    /**
     * At each start of the worker: a queue the stopped worker left running goes on with the
     * tabs still waiting (session storage kept it); a paused one stays paused.
     */
    async wake(): Promise<void> {
      if ((await readTabQueue())?.status === 'running') void loop();
    },
    handlers: {
      /** From the popup, whose click asked the browser for those sites' permission. */
      async captureAllTabs({ windowId, giveBack }: { windowId: number; giveBack: boolean }) {
        if (!isFinished(await readTabQueue())) return { started: false };
        const tabs = await browser.tabs.query({ windowId });
        const shown = tabs.find((tab) => tab.active)?.id;
        await writeTabQueue({
          windowId,
          status: 'running',
          giveBack,
          caseName: translator(locale())('tabs.caseName', {
            time: formatDateTime(new Date().toISOString(), locale()),
          }),
          ...(shown !== undefined ? { shownTabId: shown } : {}),
          tabs: tabs.flatMap((tab) =>
            tab.id === undefined
              ? []
              : [{ tabId: tab.id, title: tab.title ?? '', url: tab.url ?? '', state: 'waiting' }],
          ),
        });
        void loop();
        return { started: true };
      },
      async tabQueue({ action }: { action: 'pause' | 'resume' | 'cancel' | 'dismiss' }) {
        if (action === 'dismiss') {
          const queue = await readTabQueue();
          if (isFinished(queue)) await writeTabQueue(null);
          return {};
        }
        const status = { pause: 'paused', resume: 'running', cancel: 'cancelled' } as const;
        await update((queue) => (isFinished(queue) ? queue : { ...queue, status: status[action] }));
        if (action === 'resume') void loop();
        return {};
      },
    },
  };
}

/** The access to every site asked for the queue goes once it has ended. */
async function giveBackSites(queue: TabQueue | null): Promise<void> {
  if (queue?.giveBack) await browser.permissions.remove({ origins: EVERY_SITE }).catch(() => false);
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
