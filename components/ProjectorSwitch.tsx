import type { Translate } from '../lib/i18n/translate';

/** Turns projector mode on or off; a toggle button that says its state. */
export function ProjectorSwitch({
  on,
  t,
  onChange,
}: {
  on: boolean;
  t: Translate;
  onChange: (on: boolean) => void;
}) {
  return (
    <button type="button" aria-pressed={on} class="projector-switch" onClick={() => onChange(!on)}>
      {t('practice.projector')}
    </button>
  );
}
