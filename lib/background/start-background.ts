import browser from 'webextension-polyfill';
import { createSpacedQueue } from '../capture/spaced-queue';
import { describeEnvironment } from '../environment/describe-environment';
import { openEvidenceDatabase } from '../evidence/database';
import { emptyTrash } from '../evidence/empty-trash';
import { uiLocale } from '../i18n/ui-locale';
import { clearPractice, openPracticeDatabase } from '../practice/practice-store';
import { agentService } from './agent-requests';
import { benchmarkHooks } from './benchmark-hooks';
import { captureFromMenu, runCommand } from './capture-triggers';
import { createCaptureService } from './capture-service';
import { followSettings } from './follow-settings';
import { formService } from './form-service';
import { forgetFormTab, onFormTabUpdated } from './form-tabs';
import { createLibraryService } from './library-service';
import { createReportService } from './report-service';
import { routeMessages } from './route-message';
import { createSealService } from './seal-service';
import { createSettingsService } from './settings-service';
import { enableGrantedSites, forgetRevokedSites, updateSiteScripts } from './site-access';
import { welcomeOnInstall } from './welcome';
import { showBadge } from './badge';
import { createThreadService } from '../thread/capture-thread';
import { createSelectionService } from '../moderation/capture-selection';
import { moderationActions } from '../moderation/moderation-actions';
import { createTabQueue } from '../moderation/tab-queue';
import type { ShowRunProgress } from '../moderation/store-capture';

/**
 * Chrome allows two screenshots a second: two in any 1,040 ms, a little margin for the time
 * the call takes to reach the browser, and never two less than 500 ms apart (the spacing
 * moderators' captures are promised). A shot rejected all the same is retried.
 */
const SCREENSHOT_SPACING_MS = 520;
const SCREENSHOT_GAP_MS = 500;

/** Wires the browser's events to the background's services. Called once per background start. */
export function startBackground(): void {
  const ownOrigin = browser.runtime.getURL('/');
  const settings = followSettings();
  const database = openEvidenceDatabase();
  const seal = createSealService(database);
  const context = {
    database,
    practiceDatabase: openPracticeDatabase(),
    queue: createSpacedQueue({
      spacingMs: SCREENSHOT_SPACING_MS,
      burst: 2,
      minimumGapMs: SCREENSHOT_GAP_MS,
    }),
    ownOrigin,
    environment: describeEnvironment,
    fileAccessAllowed: () => browser.extension.isAllowedFileSchemeAccess(),
    capturePreferences: settings.capturePreferences,
    queueSeal: seal.queueCapture,
  };
  const captures = createCaptureService(context, uiLocale);
  const threads = createThreadService(
    {
      ...context,
      moderation: settings.moderation,
      threadProgress: (tabId, screens) =>
        screens === null
          ? showBadge({ threadScreens: null, tabId }).then(() => captures.refreshBadge())
          : showBadge({ threadScreens: screens, tabId }),
    },
    uiLocale,
  );
  // A selection's or the tabs' queue's « 3/12 »; the usual count when it ends.
  const runProgress: ShowRunProgress = async (tabId, run) => {
    await showBadge({ run, ...(tabId === undefined ? {} : { tabId }) });
    if (run === null) await captures.refreshBadge();
  };
  const selection = createSelectionService(context, uiLocale, runProgress);
  const moderation = moderationActions(threads.captureThread, selection.open);
  const tabQueue = createTabQueue(context, uiLocale, runProgress);

  void captures.reportInterrupted();
  void captures.refreshBadge();
  // A thread the stopped worker left running goes on where its page still runs it, else it
  // keeps its screens and is sealed as interrupted.
  void threads.resumeAbandoned();
  // A tabs' queue the stopped worker left running goes on; a paused one stays paused.
  void tabQueue.wake();
  // Captures a stopped worker left waiting for their seal are tried again.
  void seal.wake();
  void forgetRevokedSites().then(updateSiteScripts);
  // Captures in the trash for 30 days go for good; their custody logs and hashes stay.
  void emptyTrash(context.database, { onlyExpired: true });

  browser.runtime.onInstalled.addListener(({ reason }) => void welcomeOnInstall(reason));
  browser.contextMenus.onClicked.addListener(captureFromMenu(captures.capture, moderation.actions));
  browser.commands.onCommand.addListener(runCommand(captures.capture));
  browser.permissions.onAdded.addListener(({ origins }) => void enableGrantedSites(origins));
  browser.permissions.onRemoved.addListener(() => void forgetRevokedSites());
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void onFormTabUpdated(tabId, tab.url);
  });
  browser.tabs.onActivated.addListener((activation) => void tabQueue.onActivated(activation));
  browser.tabs.onRemoved.addListener((tabId) => void forgetFormTab(tabId));
  browser.runtime.onMessage.addListener(
    routeMessages({
      ownOrigin,
      forms: formService,
      toast: {
        ...agentService,
        captureSelection: selection.captureSelection,
        // While the person chooses in the menu: the store opened, the facts every capture
        // records read once, so the menu click finds them ready.
        async rightClicked() {
          await Promise.all([
            context.database.open(),
            context.environment(),
            context.capturePreferences(),
          ]);
          return {};
        },
      },
      pages: {
        ...captures.handlers,
        ...moderation.handlers,
        ...tabQueue.handlers,
        ...seal.handlers,
        ...createReportService(context.database, uiLocale),
        ...createLibraryService(context.database),
        ...createSettingsService(context.database, {
          async afterWipe() {
            // « Tout effacer » leaves no exercise behind either.
            await clearPractice(context.practiceDatabase);
            await captures.refreshBadge();
          },
        }),
      },
    }),
  );

  if (__BENCHMARK_BUILD__)
    Object.assign(globalThis, { temoinBenchmark: benchmarkHooks(context, threads.captureThread) });
}
