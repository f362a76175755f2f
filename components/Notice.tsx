import type { ComponentChildren, RefObject } from 'preact';

/**
 * A message the page gives after an action, which the person can dismiss. Failures are
 * announced at once (`alert`); successes and other news politely (`status`).
 */
export function Notice({
  kind,
  closeLabel,
  onDismiss,
  data = {},
  focusTarget,
  children,
}: {
  kind: 'success' | 'error' | 'info';
  closeLabel: string;
  onDismiss: () => void;
  /** `data-*` attributes that say, to scripts and tests, which message this is. */
  data?: Readonly<Record<`data-${string}`, string>>;
  /** Set when the page moves the focus to the message, so that it is read out at once. */
  focusTarget?: RefObject<HTMLDivElement | null>;
  children: ComponentChildren;
}) {
  return (
    <div
      class={`notice dismissible ${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      {...(focusTarget ? { ref: focusTarget, tabIndex: -1 } : {})}
      {...data}
    >
      <div>{children}</div>
      <button type="button" class="dismiss" aria-label={closeLabel} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
