import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Translate } from '../../lib/i18n/translate';
import { askBackground } from '../../lib/messaging/ask-background';
import { readTabQueue, watchTabQueue, type TabQueue } from '../../lib/moderation/tab-queue-state';

const EVERY_SITE = ['<all_urls>'];

/**
 * The tabs' queue as the background keeps it, and its start from the popup's click: one
 * permission prompt, then the background takes the window.
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
      // Chrome shoots a tab without the person's click on it only with access to every
      // site: asked once, here, and given back by the background when the queue ends.
      const held = await browser.permissions.contains({ origins: EVERY_SITE });
      const granted =
        held || (await browser.permissions.request({ origins: EVERY_SITE }).catch(() => false));
      if (!granted) return setProblem(t('tabs.noPermission'));
      const tabs = await browser.tabs.query({ currentWindow: true });
      const windowId = tabs[0]?.windowId;
      if (windowId !== undefined)
        await askBackground('captureAllTabs', { windowId, giveBack: !held });
    },
    control: (action: 'pause' | 'resume' | 'cancel' | 'dismiss') =>
      void askBackground('tabQueue', { action }),
  };
}
