import browser from 'webextension-polyfill';

/** Remembered once the welcome page has been opened, so it never opens again. */
export const WELCOME_SHOWN_KEY = 'welcomeShown';

/**
 * Opens the welcome page on a real install, once. Not on an update; and an unpacked extension
 * loaded with `--load-extension` is "installed" again at every browser start, so the first
 * opening is remembered in storage and the page is never shown twice. Says whether it opened.
 */
export async function welcomeOnInstall(reason: string): Promise<boolean> {
  if (reason !== 'install') return false;
  if ((await browser.storage.local.get(WELCOME_SHOWN_KEY))[WELCOME_SHOWN_KEY]) return false;
  // Remembered first: a second start racing this one must not open it too.
  await browser.storage.local.set({ [WELCOME_SHOWN_KEY]: new Date().toISOString() });
  // Someone already on one of Témoin's pages (`npm start` shows the practice page) stays there.
  const inFront = await browser.tabs.query({ active: true });
  const inTemoin = inFront.some((tab) => tab.url?.startsWith(browser.runtime.getURL('/')));
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html'), active: !inTemoin });
  return true;
}
