import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Translate } from '../../lib/i18n/translate';
import { askBackground } from '../../lib/messaging/ask-background';
import { readTabQueue, watchTabQueue, type TabQueue } from '../../lib/moderation/tab-queue-state';

/**
 * The tabs' queue as the background keeps it, and its start from the popup's click: the
 * browser is asked to let Témoin read the window's tabs' addresses (once: it keeps that
 * answer), then, once, for exactly the sites of its web tabs; then the background takes it.
 */
export function useTabQueue(t: Translate) {
  const [queue, setQueue] = useState<TabQueue | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void readTabQueue().then(setQueue);
    return watchTabQueue(setQueue);
  }, []);

  return {
    queue,
    problem,
    async start() {
      setProblem(null);
      const refused = () => setProblem(t('tabs.noPermission'));
      // The click's first step: the browser takes a permission request only from a gesture.
      if (!(await browser.permissions.request({ permissions: ['tabs'] }).catch(() => false)))
        return refused();
      const tabs = await browser.tabs.query({ currentWindow: true });
      const windowId = tabs[0]?.windowId;
      if (windowId === undefined) return;
      const origins = [...new Set(tabs.flatMap((tab) => originPattern(tab.url)))];
      const granted =
        origins.length === 0 || (await browser.permissions.request({ origins }).catch(() => false));
      if (!granted) return refused();
      await askBackground('captureAllTabs', { windowId });
    },
    control: (action: 'pause' | 'resume' | 'cancel' | 'dismiss') =>
      void askBackground('tabQueue', { action }),
  };
}

/** The permission pattern of a web page's site; nothing for the browser's own pages. */
function originPattern(address: string | undefined): string[] {
  try {
    const url = new URL(address ?? '');
    return /^https?:$/.test(url.protocol) ? [`${url.origin}/*`] : [];
  } catch {
    return [];
  }
}
