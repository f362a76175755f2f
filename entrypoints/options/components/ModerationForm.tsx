import { useState } from 'preact/hooks';
import { Notice } from '../../../components/Notice';
import type { Translate } from '../../../lib/i18n/translate';
import { platformLabel } from '../../../lib/sites/platform-names';
import { MAX_SCREEN_LIMIT, type ModerationSettings } from '../../../lib/settings/moderation';
import { REVEAL_PLATFORMS } from '../../../lib/thread/reveal-platforms';

/**
 * The moderation tools: a checkbox that adds « Capturer tout le fil » to the menu, the most
 * screens a thread capture takes, and where « Révéler tout avant de capturer » is on. Saved
 * as soon as changed, and said so.
 */
export function ModerationForm({
  settings,
  t,
  onChange,
}: {
  settings: ModerationSettings;
  t: Translate;
  /** Saves; returns an error to show, or null. */
  onChange: (settings: ModerationSettings) => Promise<string | null>;
}) {
  const [status, setStatus] = useState<string | null | undefined>(undefined);
  const change = async (next: ModerationSettings) => setStatus(await onChange(next));
  return (
    <fieldset class="stack moderation">
      <legend>
        <h2>{t('settings.moderation')}</h2>
      </legend>
      <div class="choice">
        <input
          id="moderation-enabled"
          type="checkbox"
          checked={settings.enabled}
          aria-describedby="moderation-help"
          onChange={(event) => void change({ ...settings, enabled: event.currentTarget.checked })}
        />
        <label for="moderation-enabled">{t('settings.moderation.enabled')}</label>
      </div>
      <p class="muted" id="moderation-help">
        {t('settings.moderation.help')}
      </p>
      <div class="field">
        <label for="moderation-screen-limit">{t('settings.moderation.screenLimit')}</label>
        <input
          id="moderation-screen-limit"
          type="number"
          min={1}
          max={MAX_SCREEN_LIMIT}
          value={settings.screenLimit}
          disabled={!settings.enabled}
          onChange={(event) => {
            const limit = Number(event.currentTarget.value);
            if (Number.isInteger(limit) && limit >= 1 && limit <= MAX_SCREEN_LIMIT) {
              void change({ ...settings, screenLimit: limit });
            } else {
              setStatus(t('settings.moderation.badLimit', { max: MAX_SCREEN_LIMIT }));
            }
          }}
        />
      </div>
      <fieldset class="stack reveal" aria-describedby="reveal-help">
        <legend>{t('settings.reveal.title')}</legend>
        <p class="muted" id="reveal-help">
          {t('settings.reveal.help')}
        </p>
        {REVEAL_PLATFORMS.map((platform) => (
          <div class="choice" key={platform}>
            <input
              id={`reveal-${platform}`}
              type="checkbox"
              checked={settings.reveal.includes(platform)}
              disabled={!settings.enabled}
              onChange={(event) => {
                const others = settings.reveal.filter((one) => one !== platform);
                const reveal = event.currentTarget.checked ? [...others, platform] : others;
                void change({ ...settings, reveal });
              }}
            />
            <label for={`reveal-${platform}`}>
              {t('settings.reveal.platform', { platform: platformLabel(platform) ?? platform })}
            </label>
          </div>
        ))}
      </fieldset>
      {status !== undefined && (
        <Notice
          kind={status ? 'error' : 'success'}
          closeLabel={t('notice.dismiss')}
          onDismiss={() => setStatus(undefined)}
        >
          {status ?? t('settings.preferencesSaved')}
        </Notice>
      )}
    </fieldset>
  );
}
