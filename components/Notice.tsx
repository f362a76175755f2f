import type { ComponentChildren } from 'preact';

/**
 * A message the page gives after an action, which the person can dismiss. Failures are
 * announced at once (`alert`); successes and other news politely (`status`).
 */
export function Notice({
  kind,
  closeLabel,
  onDismiss,
  data = {},
  children,
}: {
  kind: 'success' | 'error' | 'info';
  closeLabel: string;
  onDismiss: () => void;
  /** `data-*` attributes that say, to scripts and tests, which message this is. */
  data?: Readonly<Record<`data-${string}`, string>>;
  children: ComponentChildren;
}) {
  return (
    <div
      class={`notice dismissible ${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      {...data}
    >
      <div>{children}</div>
      <button type="button" class="dismiss" aria-label={closeLabel} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
