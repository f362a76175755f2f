import browser from 'webextension-polyfill';

/**
 * Shows the library, opened on a capture when one is named: brings its tab forward if one is
 * open (the library follows its address's `#capture=`), or opens one.
 */
export async function openLibrary({ captureId }: { captureId?: string } = {}): Promise<void> {
  const page = browser.runtime.getURL('/library.html');
  const url = captureId ? `${page}#capture=${encodeURIComponent(captureId)}` : page;
  const [open] = await browser.tabs.query({ url: `${page}*` });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true, ...(captureId ? { url } : {}) });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}
