import type { CaptureFailure } from '../messaging/capture-outcome';

const BROWSER_SCHEMES = [
  'chrome:',
  'chrome-untrusted:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'view-source:',
  'devtools:',
  'moz-extension:',
  'resource:',
  'chrome-search:',
];
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
];
/** The id of Chrome's built-in PDF viewer extension. */
const PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/**
 * Says in advance why the browser will refuse to let an extension capture a page, or null
 * when it should allow it. Checked before anything else so the user gets a clear reason, not
 * a browser error.
 */
export function forbiddenReason({
  url,
  ownOrigin,
  fileAccessAllowed,
}: {
  url: string | undefined;
  ownOrigin: string;
  fileAccessAllowed: boolean;
}): CaptureFailure | null {
  if (!url) return 'browser-page';
  if (url.startsWith(ownOrigin)) return null;
  if (url.startsWith(PDF_VIEWER)) return 'pdf-viewer';
  if (STORE_PAGES.some((pattern) => pattern.test(url))) return 'extension-store';
  if (url.startsWith('chrome-extension:')) return 'browser-page';
  if (BROWSER_SCHEMES.some((scheme) => url.startsWith(scheme))) return 'browser-page';
  if (url.startsWith('file:') && !fileAccessAllowed) return 'file-access-denied';
  return null;
}
