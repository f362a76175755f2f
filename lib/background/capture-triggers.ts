import type browser from 'webextension-polyfill';
import type { CaptureRequest } from '../capture/capture-request';
import type { ShortcutCommand } from '../shortcuts';
import { activeTabId } from './active-tab';
import {
  AUTHOR_MENU_ID,
  CAPTURE_MENU_ID,
  SELECT_MENU_ID,
  THREAD_MENU_ID,
  menuContextOf,
} from './capture-menu';
import { openLibrary } from './open-library';

export const CAPTURE_COMMAND: ShortcutCommand = 'capture-tab';
export const LIBRARY_COMMAND: ShortcutCommand = 'open-library';

type Capture = (request: CaptureRequest) => Promise<unknown>;

/** What the moderation tools do on a tab, asked from the menu or the popup. */
export interface ModerationRequest {
  tabId: number;
  requestedAt: Date;
  trigger: 'context-menu' | 'popup';
}
export type ModerationAction = 'thread' | 'select' | 'author';
export type ModerationActions = Record<ModerationAction, (request: ModerationRequest) => unknown>;

const MENU_ACTIONS: Record<string, ModerationAction> = {
  [THREAD_MENU_ID]: 'thread',
  [SELECT_MENU_ID]: 'select',
  [AUTHOR_MENU_ID]: 'author',
};

/**
 * A click on one of Témoin's menu items: captures what was right-clicked, or starts one of
 * the moderation tools from it, in the tab it was in.
 */
export function captureFromMenu(capture: Capture, moderation: ModerationActions) {
  return (info: browser.Menus.OnClickData, tab: browser.Tabs.Tab | undefined): void => {
    if (tab?.id === undefined) return;
    const action = MENU_ACTIONS[String(info.menuItemId)];
    if (action) {
      void moderation[action]({ tabId: tab.id, requestedAt: new Date(), trigger: 'context-menu' });
      return;
    }
    if (info.menuItemId !== CAPTURE_MENU_ID) return;
    void capture({
      trigger: 'context-menu',
      tabId: tab.id,
      requestedAt: new Date(),
      menuContext: menuContextOf(info),
      frameId: info.frameId,
      ...(info.frameUrl && info.frameId ? { frameUrl: info.frameUrl } : {}),
      ...(info.selectionText ? { selectionText: info.selectionText } : {}),
      ...(info.linkUrl ? { linkUrl: info.linkUrl } : {}),
      ...(info.srcUrl ? { mediaUrl: info.srcUrl } : {}),
    });
  };
}

/** A keyboard shortcut: captures the tab in view, or shows the library. */
export function runCommand(capture: Capture) {
  return async (command: string, tab: browser.Tabs.Tab | undefined): Promise<void> => {
    if (command === LIBRARY_COMMAND) return openLibrary();
    if (command !== CAPTURE_COMMAND) return;
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId !== undefined) void capture({ trigger: 'shortcut', tabId, requestedAt: new Date() });
  };
}
