import browser from 'webextension-polyfill';
import type { CaptureContext } from '../capture/capture-tab';
import { createSpacedQueue } from '../capture/spaced-queue';
import { describeEnvironment } from '../environment/describe-environment';
import { openEvidenceDatabase } from '../evidence/database';
import { emptyTrash } from '../evidence/empty-trash';
import { clearPractice, openPracticeDatabase } from '../practice/practice-store';
import { translator } from '../i18n/translate';
import { setLanguageChoice, uiLocale } from '../i18n/ui-locale';
import { readPreferences, watchPreferences } from '../settings/preferences';
import type { ShortcutCommand } from '../shortcuts';
import { backgroundChannel } from '../messaging/background-channel';
import { formChannel } from '../messaging/form-channel';
import { CAPTURE_MENU_ID, createCaptureMenu, menuContextOf } from './capture-menu';
import { createCaptureService } from './capture-service';
import {
  FORM_ENTRY_URLS,
  forgetFormTab,
  onFormTabUpdated,
  planForTab,
  rememberPlaced,
} from './form-tabs';
import { benchmarkHooks } from './benchmark-hooks';
import { createLibraryService } from './library-service';
import { openLibrary } from './open-library';
import { createReportService } from './report-service';
import { enableSites, forgetRevokedSites, grantedSitePatterns } from './site-access';
import { WELCOME_SHOWN_KEY, welcomeOnInstall } from './welcome';

/** Chrome allows two screenshots a second; a little margin keeps bursts from being rejected. */
const SCREENSHOT_SPACING_MS = 520;

export const CAPTURE_COMMAND: ShortcutCommand = 'capture-tab';
export const LIBRARY_COMMAND: ShortcutCommand = 'open-library';

/** Wires the browser's events to the capture service. Called once per background start. */
export function startBackground(): void {
  const ownOrigin = browser.runtime.getURL('/');
  // Read once per start, then kept current: every capture and message uses the saved choice.
  let preferences = readPreferences();
  const applyLanguage = async () => {
    setLanguageChoice((await preferences).language);
    await createCaptureMenu(translator(uiLocale()));
  };
  watchPreferences((next) => {
    const before = preferences;
    preferences = Promise.resolve(next);
    // The menu is rebuilt only when its language changed, not for a capture setting.
    void before.then(async ({ language }) => {
      if (language !== next.language) await applyLanguage();
    });
  });
  const context: CaptureContext = {
    database: openEvidenceDatabase(),
    practiceDatabase: openPracticeDatabase(),
    queue: createSpacedQueue({ spacingMs: SCREENSHOT_SPACING_MS }),
    ownOrigin,
    environment: describeEnvironment,
    fileAccessAllowed: () => browser.extension.isAllowedFileSchemeAccess(),
    capturePreferences: async () => (await preferences).capture,
  };
  const service = createCaptureService(context, uiLocale);
  const reports = createReportService(context.database, uiLocale);
  const library = createLibraryService(context.database);

  void applyLanguage();
  const interruptedReported = service.reportInterrupted();
  void service.refreshBadge();
  void forgetRevokedSites();
  // Captures in the trash for 30 days go for good; their custody logs and hashes stay.
  void emptyTrash(context.database, { onlyExpired: true });

  browser.runtime.onInstalled.addListener(({ reason }) => void welcomeOnInstall(reason));

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
    if (command === LIBRARY_COMMAND) return void openLibrary();
    if (command !== CAPTURE_COMMAND) return;
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId !== undefined)
      void service.capture({ trigger: 'shortcut', tabId, requestedAt: new Date() });
  });

  // Official forms are granted for filling them, not for capturing there.
  const formPatterns = Object.values(FORM_ENTRY_URLS).map((url) => `${new URL(url).origin}/*`);
  browser.permissions.onAdded.addListener(({ origins }) => {
    const sites = grantedSitePatterns(origins).filter((pattern) => !formPatterns.includes(pattern));
    void enableSites(sites);
  });
  browser.permissions.onRemoved.addListener(() => void forgetRevokedSites());

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void onFormTabUpdated(tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetFormTab(tabId));

  browser.runtime.onMessage.addListener(
    (message: unknown, sender: browser.Runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      // The form filler, from the top frame of a tab: it gets a plan only for a form tab the
      // user opened from Témoin.
      if (
        sender.tab?.id !== undefined &&
        sender.frameId === 0 &&
        !sender.url?.startsWith(ownOrigin)
      ) {
        const tabId = sender.tab.id;
        return formChannel.dispatch(message, sender, {
          plan: async () => (await planForTab(tabId, sender.url)) ?? { plan: null },
          async placed({ keys }) {
            if (await planForTab(tabId, sender.url)) await rememberPlaced(tabId, keys);
            return {};
          },
        });
      }
      // Only the extension's own pages may ask; content scripts run beside untrusted pages.
      if (!sender.url?.startsWith(ownOrigin)) return undefined;
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
        async recordCategory({ captureIds, categoryId, subChoiceId }) {
          await reports.recordCategory(captureIds, categoryId, subChoiceId);
          return {};
        },
        async deleteImages({ captureIds }) {
          return { deletedFiles: await reports.deleteImages(captureIds) };
        },
        async recordReport({ captureIds, channelId, note }) {
          await reports.recordReport(captureIds, channelId, note);
          return {};
        },
        async openLibrary() {
          await openLibrary();
          return {};
        },
        createCase: async ({ name }) => ({ caseId: await library.createCase(name) }),
        async addToCase({ captureIds, caseId }) {
          await library.addToCase(captureIds, caseId);
          return {};
        },
        async addNote({ captureId, text }) {
          await library.addNote(captureId, text);
          return {};
        },
        async setTags({ captureIds, tags }) {
          await library.setTags(captureIds, tags);
          return {};
        },
        async wipeEverything() {
          await context.database.delete();
          await context.database.open();
          await clearPractice(context.practiceDatabase);
          // The welcome page was seen: erasing the user's data does not make it new again.
          const welcome = await browser.storage.local.get(WELCOME_SHOWN_KEY);
          await browser.storage.local.clear();
          await browser.storage.local.set(welcome);
          // Form tabs being filled are forgotten too: nothing of the user is left.
          await browser.storage.session?.clear();
          await service.refreshBadge();
          return {};
        },
        emptyTrash: async () => ({ emptied: await emptyTrash(context.database) }),
        async trash({ captureIds }) {
          await library.trash(captureIds);
          return {};
        },
        async restore({ captureIds }) {
          await library.restore(captureIds);
          return {};
        },
        async recordExport({ captureIds, format, exportId }) {
          await library.recordExport(captureIds, format, exportId);
          return {};
        },
        async recordExportEnd({ captureIds, format, exportId, end }) {
          await library.recordExportEnd(captureIds, format, exportId, end);
          return {};
        },
        openForm: ({ captureIds, answers }) =>
          reports.openForm(captureIds, answers, sender.tab?.id),
      });
    },
  );

  if (__BENCHMARK_BUILD__) Object.assign(globalThis, { temoinBenchmark: benchmarkHooks(context) });
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}
