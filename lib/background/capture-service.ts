import browser from 'webextension-polyfill';
import { askAgent } from '../capture/ask-page';
import { failureFromError } from '../capture/capture-failure';
import { captureTab, type CaptureContext, type CaptureRequest } from '../capture/capture-tab';
import { blobToDataUrl } from '../capture/image-files';
import { storeDerivedFiles } from '../capture/store-derived-files';
import { captureName, capturedOn } from '../evidence/capture-name';
import { translator, type Locale } from '../i18n/translate';
import type { BackgroundHandlers } from '../messaging/background-channel';
import type { CaptureFailure, CaptureOutcome } from '../messaging/capture-outcome';
import type { RequestOf } from '../messaging/define-channel';
import type { pageChannel } from '../messaging/page-channel';
import { markAsExercise } from '../practice/exercise-mark';
import { activeTabId } from './active-tab';
import { showBadge } from './badge';
import { rememberOutcome } from './last-outcome';
import { siteOffer } from './site-offer';
import { createPendingCaptures } from './pending-captures';

/**
 * Runs captures and tells the user how each went: the badge, a short confirmation in the
 * page with the thumbnail and « Voir » (and, on a site recognised by its markup, the offer to
 * enable it), and the outcome kept for the popup.
 */
export function createCaptureService(
  context: CaptureContext,
  locale: () => Locale,
  pending: ReturnType<typeof createPendingCaptures> = createPendingCaptures(),
) {
  let inFlight = 0;
  // A failure that could not be shown in the page keeps the badge's mark until the next success.
  let failureUnseen = false;

  async function refreshBadge(): Promise<void> {
    if (inFlight > 0) return showBadge({ working: inFlight });
    if (failureUnseen) return showBadge('failed');
    return showBadge({ stored: await context.database.captures.count() });
  }

  const service = {
    refreshBadge,
    /** Tells the user about captures a stopped worker left unfinished, if there were any. */
    async reportInterrupted(): Promise<void> {
      if ((await pending.takeLeftovers()) === 0) return;
      failureUnseen = true;
      await rememberOutcome({ status: 'failed', reason: 'interrupted' });
      await refreshBadge();
    },
    async capture(request: CaptureRequest): Promise<CaptureOutcome> {
      const t = translator(locale());
      const pendingId = crypto.randomUUID();
      // Not awaited: the capture must not wait for storage; the writes stay in order.
      void pending.add(pendingId);
      inFlight += 1;
      void refreshBadge();
      try {
        const stored = await captureTab(request, context);
        const { thumbnail } = await storeDerivedFiles(
          stored.practice ? context.practiceDatabase : context.database,
          stored.captureId,
          stored.screenshot,
          stored.cropArea,
          stored.practice ? (picture) => markAsExercise(picture, t('practice.mark')) : undefined,
        );
        // A practice capture is an exercise: it is not sent to be sealed.
        if (!stored.practice)
          await context.queueSeal?.({
            id: stored.captureId,
            metadataSha256: stored.metadataSha256,
          });
        const outcome: CaptureOutcome = {
          status: 'stored',
          captureId: stored.captureId,
          ...(stored.practice ? { practice: true } : {}),
        };
        failureUnseen = false;
        await rememberOutcome(outcome);
        const named = {
          name: captureName(stored.metadata, locale()),
          captured: capturedOn(stored.capturedAt, locale()),
        };
        const offer = await siteOffer(stored.metadata.page.url, stored.recognized, t, locale());
        await confirmInPage(request.tabId, {
          tone: 'success',
          title: t(stored.practice ? 'practice.savedTitle' : 'savedTitle'),
          detail: stored.practice
            ? t('practice.savedDetail', named)
            : stored.crop === 'cropped'
              ? t('savedDetail', named)
              : t('savedDetailNoCrop', { ...named, why: t(`crop.${stored.crop}`) }),
          closeLabel: t('close'),
          thumbnailDataUrl: await blobToDataUrl(thumbnail),
          view: { captureId: stored.captureId, label: t('toast.view') },
          ...(offer ? { offer } : {}),
        });
        return outcome;
      } catch (error) {
        const reason: CaptureFailure = failureFromError(error);
        if (reason === 'unknown') console.error('Capture failed', error);
        const outcome: CaptureOutcome = { status: 'failed', reason };
        await rememberOutcome(outcome);
        const shown = await confirmInPage(request.tabId, {
          tone: 'error',
          title: t('failedTitle'),
          detail: t(`failure.${reason}`),
          closeLabel: t('close'),
        });
        if (!shown) {
          failureUnseen = true;
          await openPopupIfAllowed();
        }
        return outcome;
      } finally {
        await pending.remove(pendingId);
        inFlight -= 1;
        await refreshBadge();
      }
    },
  };
  // Once per start of the worker: a page that wakes it waits for this before it reads.
  let interruptedReported: Promise<void> | undefined;
  const reportInterruptedOnce = () => (interruptedReported ??= service.reportInterrupted());

  return {
    ...service,
    reportInterrupted: reportInterruptedOnce,
    /** What the extension's pages ask about captures. */
    handlers: {
      async captureActiveTab() {
        const tabId = await activeTabId();
        if (tabId === undefined) return { status: 'failed', reason: 'tab-closed' };
        return service.capture({ trigger: 'popup', tabId, requestedAt: new Date() });
      },
      /** Starts the worker if the browser stopped it, so interrupted captures are reported. */
      async wake() {
        await reportInterruptedOnce();
        return {};
      },
    } satisfies Partial<BackgroundHandlers<unknown>>,
  };
}

async function confirmInPage(
  tabId: number,
  request: RequestOf<typeof pageChannel.protocol, 'confirm'>,
): Promise<boolean> {
  try {
    // The tab's address says which platform's agent to inject, if it has none yet.
    const { url } = await browser.tabs.get(tabId);
    return (await askAgent(tabId, 0, 'confirm', request, url)).shown;
  } catch {
    return false;
  }
}

/**
 * On pages where no script may run (browser pages, the store), the popup is opened to say
 * why; where the browser does not allow that either, the badge shows a mark and the popup
 * says why when the user opens it.
 */
async function openPopupIfAllowed(): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  try {
    await action.openPopup();
  } catch {
    // openPopup needs a focused window and, in some browsers, a user gesture; the badge remains.
  }
}
