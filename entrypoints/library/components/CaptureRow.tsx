import type { Translate } from '../../../lib/i18n/translate';
import type { CaptureSummary } from '../../../lib/library/capture-summary';

/** One capture in the list or the grid: its checkbox, and a button that opens it. */
export function CaptureRow(props: {
  capture: CaptureSummary;
  thumbnail: string | undefined;
  checked: boolean;
  /** Open in the detail. */
  current: boolean;
  /** The list's one Tab stop; the other rows' controls are reached by the arrow keys. */
  tabbable: boolean;
  capturedOn: string;
  t: Translate;
  onToggle: (selected: boolean) => void;
  onOpen: () => void;
}) {
  const { capture, t } = props;
  return (
    <div class={`capture-row${props.current ? ' current' : ''}`} data-capture-id={capture.id}>
      <input
        type="checkbox"
        tabIndex={props.tabbable ? 0 : -1}
        checked={props.checked}
        aria-label={t('library.selectOne', { name: capture.name, time: props.capturedOn })}
        onChange={(event) => props.onToggle(event.currentTarget.checked)}
      />
      <button
        type="button"
        class="open"
        tabIndex={props.tabbable ? 0 : -1}
        aria-current={props.current ? 'true' : undefined}
        onClick={props.onOpen}
      >
        {props.thumbnail ? <img src={props.thumbnail} alt="" /> : <span class="no-thumbnail" />}
        <span>
          <span class="capture-name">{capture.name}</span>
          <time class="muted" dateTime={capture.capturedAt}>
            {props.capturedOn}
          </time>
          {capture.reported && <span class="tag reported">{t('list.reported')}</span>}
          {capture.imagesDeleted && <span class="tag">{t('library.noImages')}</span>}
        </span>
      </button>
    </div>
  );
}
