import browser from 'webextension-polyfill';

const action = browser.action ?? browser.browserAction;

/** How far a run of captures has gone: « 3/12 ». */
export interface RunProgress {
  done: number;
  total: number;
}

/** The text of a run's progress on the badge, which holds about four characters. */
export function progressText({ done, total }: RunProgress): string {
  return total > 999 ? String(done) : `${done}/${total}`;
}

/**
 * Shows how many captures are stored, or a mark while captures are waiting or failed, or the
 * screens a thread capture has shot so far (on the tab it goes through), or how far a
 * selection (on its tab) or the all-tabs queue (on every tab) has gone.
 */
export async function showBadge(
  state:
    | { stored: number }
    | { working: number }
    | { threadScreens: number | null; tabId: number }
    | { run: RunProgress | null; tabId?: number }
    | 'failed',
) {
  if (typeof state === 'object' && 'run' in state) {
    const { run, tabId } = state;
    const scope = tabId === undefined ? {} : { tabId };
    // Null gives a tab back the global badge; the global one is set by the caller's count.
    if (run === null)
      return tabId === undefined ? undefined : action.setBadgeText({ text: null, tabId });
    await action.setBadgeBackgroundColor({ color: '#6a6a6a', ...scope });
    await action.setBadgeText({ text: progressText(run), ...scope });
    return;
  }
  if (typeof state === 'object' && 'threadScreens' in state) {
    const { tabId, threadScreens } = state;
    // Null gives the tab back the global badge, once the thread has ended.
    if (threadScreens === null) return action.setBadgeText({ text: null, tabId });
    await action.setBadgeBackgroundColor({ color: '#6a6a6a', tabId });
    await action.setBadgeText({
      text: threadScreens > 999 ? '999+' : String(threadScreens),
      tabId,
    });
    return;
  }
  if (state === 'failed') {
    await action.setBadgeBackgroundColor({ color: '#ce0500' });
    await action.setBadgeText({ text: '!' });
    return;
  }
  await action.setBadgeBackgroundColor({ color: 'working' in state ? '#6a6a6a' : '#000091' });
  const count = 'working' in state ? state.working : state.stored;
  await action.setBadgeText({
    text:
      'working' in state ? `+${count}` : count === 0 ? '' : count > 999 ? '999+' : String(count),
  });
}
