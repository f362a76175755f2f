import { useState } from 'preact/hooks';
import { Notice } from '../../../components/Notice';
import type { Translate } from '../../../lib/i18n/translate';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../../lib/settings/language-choice';
import type { Preferences } from '../../../lib/settings/preferences';

/** The choices this form shows: the interface language and the preferences. */
export type Choices = Preferences & { language: LanguageChoice };

/**
 * The interface language and what a capture records. Each choice is saved as soon as it is
 * made, and said so; a failed save says why and leaves the choice as it was.
 */
export function PreferencesForm({
  preferences,
  t,
  onChange,
}: {
  preferences: Choices;
  t: Translate;
  /** Saves; returns an error to show, or null. */
  onChange: (preferences: Choices) => Promise<string | null>;
}) {
  const [status, setStatus] = useState<{ ok: boolean; text: string | null } | null>(null);
  const change = async (next: Choices) => {
    const error = await onChange(next);
    // Drawn with the translator of the next render: the language itself may have changed.
    setStatus(error ? { ok: false, text: error } : { ok: true, text: null });
  };
  const capture = (key: keyof Preferences['capture']) => (
    <div class="choice">
      <input
        id={`capture-${key}`}
        type="checkbox"
        checked={preferences.capture[key]}
        onChange={(event) =>
          void change({
            ...preferences,
            capture: { ...preferences.capture, [key]: event.currentTarget.checked },
          })
        }
      />
      <label for={`capture-${key}`}>{t(`settings.capture.${key}`)}</label>
    </div>
  );
  return (
    <section class="stack preferences">
      <h2 id="preferences-language">{t('settings.language')}</h2>
      <div class="field">
        <select
          id="language"
          aria-labelledby="preferences-language"
          value={preferences.language}
          aria-describedby="language-help"
          onChange={(event) =>
            void change({
              ...preferences,
              language: event.currentTarget.value as LanguageChoice,
            })
          }
        >
          {LANGUAGE_CHOICES.map((language) => (
            <option
              value={language}
              key={language}
              lang={language === 'auto' ? undefined : language}
            >
              {t(`settings.language.${language}`)}
            </option>
          ))}
        </select>
        <p class="muted" id="language-help">
          {t('settings.languageHelp')}
        </p>
      </div>
      <fieldset class="stack">
        <legend>
          <h2>{t('settings.capture')}</h2>
        </legend>
        <p class="muted">{t('settings.captureHelp')}</p>
        {capture('postDetails')}
        {capture('postCrop')}
      </fieldset>
      {status && (
        <Notice
          kind={status.ok ? 'success' : 'error'}
          closeLabel={t('notice.dismiss')}
          onDismiss={() => setStatus(null)}
        >
          {status.text ?? t('settings.preferencesSaved')}
        </Notice>
      )}
    </section>
  );
}
