import browser from 'webextension-polyfill';
import type { MenuContext } from '../evidence/capture-metadata';
import type { Translate } from '../i18n/translate';

export const CAPTURE_MENU_ID = 'temoin-capture';

const CONTEXTS = ['page', 'selection', 'link', 'image', 'video', 'audio', 'frame'] as const;

/** Creates the "Capture as evidence" item on every kind of thing a person can right-click. */
export async function createCaptureMenu(t: Translate): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: CAPTURE_MENU_ID,
    title: t('menuCapture'),
    contexts: [...CONTEXTS],
  });
}

/** The most specific thing the menu was opened on. */
export function menuContextOf(info: browser.Menus.OnClickData): MenuContext {
  if (info.mediaType === 'image') return 'image';
  if (info.mediaType === 'video') return 'video';
  if (info.mediaType === 'audio') return 'audio';
  if (info.linkUrl) return 'link';
  if (info.selectionText) return 'selection';
  if (info.frameId && info.frameId !== 0) return 'frame';
  return 'page';
}
