import type browser from 'webextension-polyfill';
import { menuContextOf } from './capture-menu';

describe('menuContextOf', () => {
  it.each([
    [{ mediaType: 'image', srcUrl: 'https://x/i.png', linkUrl: 'https://x/' }, 'image'],
    [{ mediaType: 'video', srcUrl: 'https://x/v.mp4' }, 'video'],
    [{ linkUrl: 'https://x/', selectionText: 'abc' }, 'link'],
    [{ selectionText: 'abc' }, 'selection'],
    [{ frameId: 3 }, 'frame'],
    [{ frameId: 0 }, 'page'],
    [{}, 'page'],
  ])('%j → %s', (info, context) => {
    expect(
      menuContextOf({
        menuItemId: 'temoin-capture',
        editable: false,
        ...info,
      } as browser.Menus.OnClickData),
    ).toBe(context);
  });
});
