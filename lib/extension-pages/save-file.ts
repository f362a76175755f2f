import browser from 'webextension-polyfill';
import type { SaveOutcome } from '../export/logged-export';

/** How long a cancelled save waits for a download the browser had not yet started. */
const START_GRACE_MS = 2000;

/**
 * Saves a Blob as a file through the browser's ordinary download (the browser names it, asks
 * where to put it if the user wants that) and resolves once the file has arrived, or not. Only
 * the downloads API knows: the download is recognised by its blob address, then followed until
 * the browser says `complete` (the file is on disk) or `interrupted` (cancelled by the user in
 * the browser, or failed). Aborting the signal cancels the download; a download that completed
 * first still counts as saved, since the file is there.
 */
export function saveFile(blob: Blob, name: string, signal: AbortSignal): Promise<SaveOutcome> {
  const url = URL.createObjectURL(blob);
  let downloadId: number | undefined;
  let settledOutcome: SaveOutcome | undefined;
  return new Promise<SaveOutcome>((resolve) => {
    const finish = (outcome: SaveOutcome) => {
      if (settledOutcome) return;
      settledOutcome = outcome;
      browser.downloads.onCreated.removeListener(onCreated);
      browser.downloads.onChanged.removeListener(onChanged);
      signal.removeEventListener('abort', onAbort);
      URL.revokeObjectURL(url);
      resolve(outcome);
    };
    const follow = (state: string | undefined, error: string | undefined) => {
      if (state === 'complete') finish('saved');
      else if (state === 'interrupted') finish(error === 'USER_CANCELED' ? 'cancelled' : 'failed');
    };
    const cancel = (id: number) => {
      // The browser then reports the download interrupted, or it had completed already.
      browser.downloads.cancel(id).catch(() => finish('cancelled'));
    };
    const onCreated = (item: browser.Downloads.DownloadItem) => {
      if (item.url !== url) return;
      downloadId = item.id;
      follow(item.state, item.error);
      if (signal.aborted) cancel(item.id);
    };
    const onChanged = (delta: browser.Downloads.OnChangedDownloadDeltaType) => {
      if (delta.id === downloadId) follow(delta.state?.current, delta.error?.current);
    };
    const onAbort = () => {
      if (downloadId !== undefined) cancel(downloadId);
      else setTimeout(() => finish('cancelled'), START_GRACE_MS);
    };
    browser.downloads.onCreated.addListener(onCreated);
    browser.downloads.onChanged.addListener(onChanged);
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) return finish('cancelled');
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
  });
}
