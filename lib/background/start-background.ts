import browser from 'webextension-polyfill';
import { captureTab, type CaptureContext } from '../capture/capture-tab';
import { createSpacedQueue } from '../capture/spaced-queue';
import { describeEnvironment } from '../environment/describe-environment';
import { openEvidenceDatabase } from '../evidence/database';
import { translator } from '../i18n/translate';
import { uiLocale } from '../i18n/ui-locale';
import { backgroundChannel } from '../messaging/background-channel';
import { CAPTURE_MENU_ID, createCaptureMenu, menuContextOf } from './capture-menu';
import { createCaptureService } from './capture-service';
import { enableSites, forgetRevokedSites, grantedSitePatterns } from './site-access';

/** Chrome allows two screenshots a second; a little margin keeps bursts from being rejected. */
const SCREENSHOT_SPACING_MS = 520;

export const CAPTURE_COMMAND = 'capture-tab';

/** Wires the browser's events to the capture service. Called once per background start. */
export function startBackground(): void {
  const ownOrigin = browser.runtime.getURL('/');
  const context: CaptureContext = {
    database: openEvidenceDatabase(),
    queue: createSpacedQueue({ spacingMs: SCREENSHOT_SPACING_MS }),
    ownOrigin,
    environment: describeEnvironment,
    fileAccessAllowed: () => browser.extension.isAllowedFileSchemeAccess(),
  };
  const service = createCaptureService(context, uiLocale);

  void createCaptureMenu(translator(uiLocale()));
  const interruptedReported = service.reportInterrupted();
  void service.refreshBadge();
  void forgetRevokedSites();

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CAPTURE_MENU_ID || tab?.id === undefined) return;
    void service.capture({
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
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== CAPTURE_COMMAND) return;
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId !== undefined)
      void service.capture({ trigger: 'shortcut', tabId, requestedAt: new Date() });
  });

  browser.permissions.onAdded.addListener(
    ({ origins }) => void enableSites(grantedSitePatterns(origins)),
  );
  browser.permissions.onRemoved.addListener(() => void forgetRevokedSites());

  browser.runtime.onMessage.addListener(
    (message: unknown, sender: browser.Runtime.MessageSender) => {
      // Only the extension's own pages may ask; content scripts run beside untrusted pages.
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(ownOrigin)) return undefined;
      return backgroundChannel.dispatch(message, sender, {
        async captureActiveTab() {
          const tabId = await activeTabId();
          if (tabId === undefined) return { status: 'failed', reason: 'tab-closed' };
          return service.capture({ trigger: 'popup', tabId, requestedAt: new Date() });
        },
        async wake() {
          await interruptedReported;
          return {};
        },
      });
    },
  );

  if (__BENCHMARK_BUILD__) {
    Object.assign(globalThis, {
      temoinBenchmark: {
        // What a menu click runs, up to the stored record (the confirmation comes after).
        capture: (tabId: number) =>
          captureTab(
            { trigger: 'context-menu', tabId, requestedAt: new Date(), menuContext: 'page' },
            context,
          ),
        screenshot: (windowId: number) =>
          browser.tabs.captureVisibleTab(windowId, { format: 'png' }),
      },
    });
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}
