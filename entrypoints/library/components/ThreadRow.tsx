import type { Translate } from '../../../lib/i18n/translate';
import type { ThreadSummary } from '../../../lib/library/thread-summary';

/**
 * A thread capture as one row: platform, page, time, how many messages, and how it ended. Its
 * button opens the thread's posts under it (`aria-expanded`), by mouse, Entrée or Espace;
 * « Vérifier » checks its seal, screens and files.
 */
export function ThreadRow(props: {
  thread: ThreadSummary;
  /** How many of its posts the filters keep. */
  matched: number;
  filtered: boolean;
  open: boolean;
  checked: boolean;
  tabbable: boolean;
  platform: string;
  capturedOn: string;
  t: Translate;
  onToggle: (selected: boolean) => void;
  onOpen: () => void;
  onVerify: () => void;
}) {
  const { thread, t } = props;
  const label = t('library.thread.label', { platform: props.platform, title: thread.title });
  const status = t(`library.thread.status.${thread.status}`);
  const why = thread.end && thread.status !== 'complete' ? t(`thread.end.${thread.end}`) : '';
  return (
    <div class="capture-row thread-row" data-thread-id={thread.id}>
      <input
        type="checkbox"
        tabIndex={props.tabbable ? 0 : -1}
        checked={props.checked}
        disabled={!thread.sealed}
        title={thread.sealed ? undefined : t('library.thread.notSealed')}
        aria-label={t('library.thread.select', { title: thread.title, time: props.capturedOn })}
        onChange={(event) => props.onToggle(event.currentTarget.checked)}
      />
      <button
        type="button"
        class="open"
        tabIndex={props.tabbable ? 0 : -1}
        aria-expanded={props.open}
        onClick={props.onOpen}
      >
        <span class="thread-mark" aria-hidden="true">
          {props.open ? '▾' : '▸'}
        </span>
        <span>
          <span class="capture-name">{label}</span>
          <span class="muted thread-facts">
            <time dateTime={thread.startedAt}>{props.capturedOn}</time>
            {' · '}
            {props.filtered
              ? t('library.thread.matched', { count: props.matched, total: thread.postCount })
              : t('library.thread.posts', { count: thread.postCount })}
            {' · '}
            <span class={`thread-status ${thread.status}`} title={why || undefined}>
              {status}
            </span>
            {why && <span class="visually-hidden"> {why}</span>}
          </span>
        </span>
      </button>
      <button
        type="button"
        class="verify-thread"
        tabIndex={props.tabbable ? 0 : -1}
        disabled={!thread.sealed}
        aria-label={t('library.thread.verifyLabel', { title: thread.title })}
        onClick={props.onVerify}
      >
        {t('library.thread.verify')}
      </button>
    </div>
  );
}
