import type browser from 'webextension-polyfill';
import type { CaptureRequest } from '../capture/capture-request';
import type { ShortcutCommand } from '../shortcuts';
import { activeTabId } from './active-tab';
import { CAPTURE_MENU_ID, THREAD_MENU_ID, menuContextOf } from './capture-menu';
import { openLibrary } from './open-library';

export const CAPTURE_COMMAND: ShortcutCommand = 'capture-tab';
export const LIBRARY_COMMAND: ShortcutCommand = 'open-library';

type Capture = (request: CaptureRequest) => Promise<unknown>;
type CaptureThread = (request: { tabId: number; requestedAt: Date }) => Promise<unknown>;

/**
 * A click on one of Témoin's menu items: captures what was right-clicked, or its whole
 * thread, in the tab it was in.
 */
export function captureFromMenu(capture: Capture, captureThread: CaptureThread) {
  return (info: browser.Menus.OnClickData, tab: browser.Tabs.Tab | undefined): void => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === THREAD_MENU_ID) {
      void captureThread({ tabId: tab.id, requestedAt: new Date() });
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
