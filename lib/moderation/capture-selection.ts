import browser from 'webextension-polyfill';
import { askAgent } from '../capture/ask-page';
import { CaptureError, failureFromError } from '../capture/capture-failure';
import { shownTab, type CaptureContext } from '../capture/capture-tab';
import type { CaptureFailure } from '../messaging/capture-outcome';
import { forbiddenReason } from '../capture/forbidden-pages';
import { formatDateTime, translator, type Locale, type Translate } from '../i18n/translate';
import { selectionChannel } from '../messaging/selection-channel';
import { startingPoint, THREAD_AGENT_FILE } from '../thread/capture-thread';
import type { ModerationRequest } from '../background/capture-triggers';
import { caseFor, storeCapture, type ShowRunProgress } from './store-capture';

/** Failures after which the next post cannot be captured either: the run stops. */
const FINAL: ReadonlySet<CaptureFailure> = new Set(['tab-closed', 'page-navigated', 'tab-hidden']);

/**
 * « Sélectionner des messages… »: opens the selection mode in the tab, then, when the person
 * asks for it, captures each chosen post on its own, one after another (two a second through
 * the spaced queue), all in one new case named after the page and the time.
 */
export function createSelectionService(
  context: CaptureContext,
  locale: () => Locale,
  showProgress: ShowRunProgress = async () => undefined,
) {
  const running = new Set<number>();
  const askIn = (tabId: number) =>
    selectionChannel.sender((envelope) =>
      browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }),
    );

  async function open({ tabId, requestedAt, trigger }: ModerationRequest): Promise<void> {
    const t = translator(locale());
    const tab = await shownTab(tabId);
    const url = tab.url ?? '';
    const fileAccessAllowed = url.startsWith('file:') ? await context.fileAccessAllowed() : true;
    if (forbiddenReason({ url, ownOrigin: context.ownOrigin, fileAccessAllowed })) return;
    const described = await askAgent(
      tabId,
      0,
      'describe',
      { token: crypto.randomUUID(), trigger, requestedAt: requestedAt.getTime() },
      url,
    ).catch(() => null);
    if (!described) return;
    await browser.scripting.executeScript({ target: { tabId }, files: [THREAD_AGENT_FILE] });
    const point = startingPoint(described.target?.rectangle, described.viewport, trigger);
    const { count } = point
      ? await askIn(tabId)('open', {
          point,
          probe: trigger === 'popup',
          locale: locale(),
          labels: selectionLabels(t),
        })
      : { count: 0 };
    if (count > 0) return;
    await askAgent(
      tabId,
      0,
      'confirm',
      { tone: 'error', title: t('select.title'), detail: t('select.none'), closeLabel: t('close') },
      url,
    ).catch(() => undefined);
  }

  async function capture(tabId: number): Promise<void> {
    const t = translator(locale());
    const ask = askIn(tabId);
    const tab = await shownTab(tabId);
    const folder = caseFor(
      t('select.caseName', {
        title: (tab.title || tab.url || '').slice(0, 150),
        time: formatDateTime(new Date().toISOString(), locale()),
      }),
    );
    let stored = 0;
    let total = 0;
    let cancelled = false;
    const failures: string[] = [];
    for (let index = 0; ; index += 1) {
      const progress = t('select.progress', { index: index + 1, total: total || index + 1 });
      const picked = await ask('pick', { index, progress }).catch(() => null);
      if (!picked || picked.state === 'done') break;
      if (picked.state === 'cancelled') {
        cancelled = true;
        break;
      }
      if (picked.state !== 'ready') {
        failures.push(t('select.gone'));
        continue;
      }
      total = picked.total;
      try {
        const capture = await storeCapture(
          context,
          { trigger: 'selection', tabId, requestedAt: new Date(), picked: picked.token },
          t('practice.mark'),
        );
        await folder.add(capture.database, capture.captureId);
        stored += 1;
      } catch (error) {
        const reason = error instanceof CaptureError ? error.reason : failureFromError(error);
        failures.push(t(`failure.${reason}`));
        if (FINAL.has(reason)) break;
      }
      void showProgress(tabId, { done: index + 1, total }).catch(() => undefined);
    }
    await showProgress(tabId, null).catch(() => undefined);
    const detail = [
      t('select.summary', { count: stored, total, case: folder.name }),
      ...(cancelled ? [t('select.cancelled')] : []),
      ...(failures.length
        ? [t('select.failedSome', { count: failures.length, why: failures[0]! })]
        : []),
    ].join(' ');
    const complete = !cancelled && failures.length === 0;
    await ask('finish', {
      title: t(complete ? 'select.doneTitle' : 'select.stoppedTitle'),
      detail,
    }).catch(() => undefined);
  }

  return {
    open,
    /** « Capturer la sélection », from the bar in the sender's tab: one run per tab at a time. */
    async captureSelection(_request: object, sender: browser.Runtime.MessageSender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || running.has(tabId)) return {};
      running.add(tabId);
      void capture(tabId).finally(() => running.delete(tabId));
      return {};
    },
  };
}

function selectionLabels(t: Translate) {
  return {
    title: t('select.title'),
    postLabel: t('select.postLabel'),
    unknownAuthor: t('select.unknownAuthor'),
    countOne: t('select.countOne'),
    countOther: t('select.countOther'),
    sameAuthor: t('select.sameAuthor'),
    capture: t('select.capture'),
    cancel: t('select.cancel'),
    close: t('close'),
  };
}
