import browser from 'webextension-polyfill';

/** The tab the user is looking at, in the window they used last. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}
