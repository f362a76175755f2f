import { Fragment } from 'preact';
import type { Translate } from '../lib/i18n/translate';

export type ShortcutCommand = 'capture-tab' | 'open-popup' | 'open-library';

/** A command with the keys the browser binds to it now; empty when the person removed them. */
export interface Shortcut {
  command: ShortcutCommand;
  keys: string;
}

/** Where a person changes the shortcuts: each browser has its own page for it. */
export type ShortcutSettings = 'chrome' | 'firefox';

/** The keyboard shortcuts as the browser binds them now, and where to change them. */
export function ShortcutList({
  shortcuts,
  settings,
  t,
}: {
  shortcuts: readonly Shortcut[];
  settings: ShortcutSettings;
  t: Translate;
}) {
  return (
    <section class="shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <dl>
        {shortcuts.map(({ command, keys }) => (
          <div key={command} data-command={command}>
            <dt>{t(`shortcuts.${command}`)}</dt>
            <dd>{keys ? <Keys keys={keys} /> : t('shortcuts.none')}</dd>
          </div>
        ))}
      </dl>
      <p class="muted">{t(`shortcuts.change.${settings}`)}</p>
    </section>
  );
}

/** « Alt+Shift+D » as keys: one <kbd> per key, inside one for the combination. */
function Keys({ keys }: { keys: string }) {
  return (
    <kbd>
      {keys.split('+').map((key, index) => (
        <Fragment key={index}>
          {index > 0 && '+'}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </kbd>
  );
}
