import browser from 'webextension-polyfill';

const action = browser.action ?? browser.browserAction;

/** Shows how many captures are stored, or a mark while captures are waiting or failed. */
export async function showBadge(state: { stored: number } | { working: number } | 'failed') {
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
