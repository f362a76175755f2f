import type { ComponentChildren } from 'preact';
import type { Translate } from '../../../lib/i18n/translate';

export type PopupModerationAction = 'thread' | 'select' | 'author';

const ACTIONS = [
  ['thread', 'menuThread'],
  ['select', 'menuSelect'],
  ['author', 'menuAuthor'],
] as const;

/**
 * The moderation tools for the tab in view, in the menu's order, shown only when they are on
 * in the settings; the queue of every tab of the window comes after them.
 */
export function ModerationTools({
  t,
  onAction,
  children,
}: {
  t: Translate;
  onAction: (action: PopupModerationAction) => void;
  children?: ComponentChildren;
}) {
  return (
    <section aria-labelledby="moderation-title" class="stack" style={{ padding: 0 }}>
      <h2 id="moderation-title">{t('moderation.popupTitle')}</h2>
      <p class="muted">{t('moderation.popupHelp')}</p>
      <div class="stack" style={{ padding: 0 }}>
        {ACTIONS.map(([action, label]) => (
          <button key={action} type="button" onClick={() => onAction(action)}>
            {t(label)}
          </button>
        ))}
      </div>
      {children}
    </section>
  );
}
