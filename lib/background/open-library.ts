import browser from 'webextension-polyfill';

/** Shows the library: brings its tab forward if one is open, or opens one. */
export async function openLibrary(): Promise<void> {
  const url = browser.runtime.getURL('/library.html');
  const [open] = await browser.tabs.query({ url: `${url}*` });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}
