import browser from 'webextension-polyfill';
import type { MenuContext } from '../evidence/capture-metadata';
import type { Translate } from '../i18n/translate';

export const CAPTURE_MENU_ID = 'temoin-capture';
export const THREAD_MENU_ID = 'temoin-capture-thread';

const CONTEXTS = ['page', 'selection', 'link', 'image', 'video', 'audio', 'frame'] as const;

/**
 * Creates the "Capture as evidence" item on every kind of thing a person can right-click.
 * With the moderation tools on, "Capture the whole thread" follows it: the browser then
 * groups both under the extension's name.
 */
export async function createCaptureMenu(t: Translate, moderation = false): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: CAPTURE_MENU_ID,
    title: t('menuCapture'),
    contexts: [...CONTEXTS],
  });
  if (!moderation) return;
  browser.contextMenus.create({
    id: THREAD_MENU_ID,
    title: t('menuThread'),
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
