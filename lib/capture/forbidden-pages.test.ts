import { forbiddenReason } from './forbidden-pages';

const ownOrigin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';

describe('forbiddenReason', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['edge://extensions', 'browser-page'],
    ['view-source:https://exemple.invalid/', 'browser-page'],
    ['devtools://devtools/bundled/inspector.html', 'browser-page'],
    ['chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/options.html', 'browser-page'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf-viewer'],
    ['https://chromewebstore.google.com/detail/x/abc', 'extension-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'extension-store'],
    ['https://addons.mozilla.org/fr/firefox/', 'extension-store'],
    ['file:///home/victime/capture.html', 'file-access-denied'],
    [undefined, 'browser-page'],
    ['https://www.reddit.com/r/exemple/', null],
    ['http://forum.exemple.test/', null],
    [`${ownOrigin}practice.html`, null],
  ])('%s → %s', (url, reason) => {
    expect(forbiddenReason({ url, ownOrigin, fileAccessAllowed: false })).toBe(reason);
  });

  it('allows local files once the user has allowed file access', () => {
    expect(
      forbiddenReason({ url: 'file:///tmp/page.html', ownOrigin, fileAccessAllowed: true }),
    ).toBeNull();
  });
});
