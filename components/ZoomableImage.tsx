import { useRef, useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n/translate';
import { ZoomPane } from './ZoomPane';

/**
 * An evidence picture that opens, on click or Enter, in a full-window viewer (a ZoomPane in a
 * modal dialog that Escape closes).
 */
export function ZoomableImage({
  url,
  label,
  role,
  t,
}: {
  url: string;
  label: string;
  role: string;
  t: Translate;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <figure>
      <button
        type="button"
        class="zoomable"
        onClick={() => {
          dialog.current?.showModal?.();
          setOpen(true);
        }}
        aria-label={t('viewer.open', { label })}
      >
        <img class="picture" src={url} alt={label} data-role={role} />
      </button>
      <figcaption class="muted">{label}</figcaption>
      <dialog ref={dialog} class="viewer" aria-label={label} onClose={() => setOpen(false)}>
        {open && (
          <ZoomPane
            src={url}
            alt={label}
            t={t}
            fill
            autoFocus
            toolbarEnd={
              <button type="button" class="primary" onClick={() => dialog.current?.close()}>
                {t('close')}
              </button>
            }
          />
        )}
      </dialog>
    </figure>
  );
}
