import type { ModerationActions } from '../background/capture-triggers';
import type { ThreadRequest } from '../thread/capture-thread';
import { activeTabId } from '../background/active-tab';

/**
 * The moderation tools as the menu and the popup start them: the thread and the author's
 * posts go through the thread capture, the selection opens its mode in the page.
 */
export function moderationActions(
  captureThread: (request: ThreadRequest) => Promise<unknown>,
  select: ModerationActions['select'],
) {
  const actions: ModerationActions = {
    thread: (request) => captureThread(request),
    author: (request) => captureThread({ ...request, byAuthor: true }),
    select,
  };
  return {
    actions,
    handlers: {
      /** From the popup: on the tab in view, from the post in the middle of its screen. */
      async moderate({ action }: { action: keyof ModerationActions }) {
        const tabId = await activeTabId();
        if (tabId !== undefined)
          void actions[action]({ tabId, requestedAt: new Date(), trigger: 'popup' });
        return {};
      },
    },
  };
}
