import type { Translate } from '../../../lib/i18n/translate';
import type { QueuedTab, TabQueue } from '../../../lib/moderation/tab-queue-state';

export type TabQueueAction = 'pause' | 'resume' | 'cancel' | 'dismiss';

/**
 * « Capturer tous les onglets de cette fenêtre » and, once asked, its queue: where it stands,
 * the tabs skipped or failed by name, and its controls. It reads the state the background
 * keeps, so it is the same after the popup was closed and opened again.
 */
export function TabQueuePanel({
  t,
  queue,
  problem,
  onStart,
  onControl,
}: {
  t: Translate;
  queue: TabQueue | null;
  problem: string | null;
  onStart: () => void;
  onControl: (action: TabQueueAction) => void;
}) {
  if (!queue) {
    return (
      <>
        <button type="button" onClick={onStart}>
          {t('moderation.allTabs')}
        </button>
        {problem && <p role="alert">{problem}</p>}
      </>
    );
  }
  const done = queue.tabs.filter((tab) => tab.state !== 'waiting').length;
  const stored = queue.tabs.filter((tab) => tab.state === 'stored').length;
  const finished = queue.status === 'done' || queue.status === 'cancelled';
  const running = queue.status === 'running';
  return (
    <div class="stack tab-queue" style={{ padding: 0 }} role="group" aria-label={t('tabs.title')}>
      <h3>{t('tabs.title')}</h3>
      <p role="status">
        {t(`tabs.status.${queue.status}`)}{' '}
        {finished
          ? t('tabs.summary', { count: stored, total: queue.tabs.length })
          : t('tabs.progress', {
              index: Math.min(done + 1, queue.tabs.length),
              total: queue.tabs.length,
            })}
      </p>
      <ul>
        {queue.tabs.filter(isProblem).map((tab) => (
          <li key={tab.tabId}>{describeProblem(t, tab)}</li>
        ))}
      </ul>
      <div class="row wrap">
        {!finished && (
          <button type="button" onClick={() => onControl(running ? 'pause' : 'resume')}>
            {t(running ? 'tabs.pause' : 'tabs.resume')}
          </button>
        )}
        {!finished && (
          <button type="button" onClick={() => onControl('cancel')}>
            {t('tabs.cancel')}
          </button>
        )}
        {finished && (
          <button type="button" onClick={() => onControl('dismiss')}>
            {t('tabs.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}

function isProblem(tab: QueuedTab): boolean {
  return tab.state === 'skipped' || tab.state === 'failed';
}

function describeProblem(t: Translate, tab: QueuedTab): string {
  const why =
    tab.reason === 'own-page'
      ? t('tabs.ownPage')
      : t(`failure.${tab.reason ?? 'unknown'}` as Parameters<Translate>[0]);
  // The browser tells neither the title nor the address of its own pages.
  const title = tab.title || tab.url || t('tabs.unnamed');
  return t(tab.state === 'skipped' ? 'tabs.skipped' : 'tabs.failed', { title, why });
}
