import browser from 'webextension-polyfill';
import type { MenuContext } from '../evidence/capture-metadata';
import type { Translate } from '../i18n/translate';

export const CAPTURE_MENU_ID = 'temoin-capture';
export const THREAD_MENU_ID = 'temoin-capture-thread';
export const SELECT_MENU_ID = 'temoin-select-posts';
export const AUTHOR_MENU_ID = 'temoin-capture-author';

/** The moderation tools' items after « Capturer comme preuve », in the menu's order. */
const MODERATION_ITEMS = [
  [THREAD_MENU_ID, 'menuThread'],
  [SELECT_MENU_ID, 'menuSelect'],
  [AUTHOR_MENU_ID, 'menuAuthor'],
] as const;

const CONTEXTS = ['page', 'selection', 'link', 'image', 'video', 'audio', 'frame'] as const;

/**
 * Creates the "Capture as evidence" item on every kind of thing a person can right-click.
 * With the moderation tools on, the thread, selection and author captures follow it: the
 * browser then groups them under the extension's name.
 */
export async function createCaptureMenu(t: Translate, moderation = false): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: CAPTURE_MENU_ID,
    title: t('menuCapture'),
    contexts: [...CONTEXTS],
  });
  if (!moderation) return;
  for (const [id, title] of MODERATION_ITEMS)
    browser.contextMenus.create({ id, title: t(title), contexts: [...CONTEXTS] });
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
