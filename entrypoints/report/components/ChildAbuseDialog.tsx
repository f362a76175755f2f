import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../../lib/i18n/translate';

/**
 * Asked before the images of captures filed under child sexual abuse are deleted. A modal
 * dialog opened only by a deliberate « Continue »: focus starts on the safe choice, Escape and
 * Enter there back out, and deleting needs its own press on the delete button.
 */
export function ChildAbuseDialog({
  open,
  busy,
  t,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  busy: boolean;
  t: Translate;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      safe.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-labelledby="child-abuse-title"
      aria-describedby="child-abuse-body"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="child-abuse-title">{t('report.childAbuseTitle')}</h2>
      <p id="child-abuse-body">{t('report.childAbuseBody')}</p>
      <div class="row wrap">
        <button type="button" ref={safe} autoFocus disabled={busy} onClick={onCancel}>
          {t('report.childAbuseCancel')}
        </button>
        <button type="button" class="danger" disabled={busy} onClick={onConfirm}>
          {t('report.childAbuseConfirm')}
        </button>
      </div>
    </dialog>
  );
}
