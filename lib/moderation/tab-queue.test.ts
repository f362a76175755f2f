import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openEvidenceDatabase } from '../evidence/database';
import { createTabQueue } from './tab-queue';
import { readTabQueue, writeTabQueue, type TabQueue } from './tab-queue-state';

/** A queue the stopped worker left in session storage; its one tab is already captured. */
const left = (status: TabQueue['status']): TabQueue => ({
  windowId: 1,
  status,
  caseName: 'Onglets — 8 déc. 2026',
  tabs: [{ tabId: 7, title: 'Fil', url: 'https://x.com/a/status/1', state: 'stored' }],
});

function restartedQueue() {
  const progress: Array<{ done: number; total: number } | null> = [];
  const database = openEvidenceDatabase(`queue-${crypto.randomUUID()}`);
  const queue = createTabQueue(
    {
      database,
      practiceDatabase: database,
      // No tab waits: nothing is shot.
      queue: {} as never,
      ownOrigin: 'chrome-extension://temoin/',
      environment: async () => ({}) as never,
      fileAccessAllowed: async () => true,
    },
    () => 'fr',
    async (_tabId, run) => void progress.push(run),
  );
  return { queue, progress };
}

describe('the tabs’ queue after the browser stopped the worker', () => {
  beforeEach(() => fakeBrowser.reset());

  it('goes on by itself when it was running', async () => {
    await writeTabQueue(left('running'));
    const { queue, progress } = restartedQueue();
    await queue.wake();
    await vi.waitFor(async () => expect((await readTabQueue())?.status).toBe('done'));
    // Its end gives the badge its usual count back.
    expect(progress.at(-1)).toBeNull();
  });

  it.each(['paused', 'paused-by-tab'] as const)('stays %s', async (status) => {
    await writeTabQueue(left(status));
    const { queue, progress } = restartedQueue();
    await queue.wake();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await readTabQueue())?.status).toBe(status);
    expect(progress).toEqual([]);
  });
});
