import { useState } from 'preact/hooks';
import { Notice } from '../../../components/Notice';
import type { Translate } from '../../../lib/i18n/translate';
import { SEAL_AUTHORITY_CHOICES, type SealSettings } from '../../../lib/settings/seal-settings';

/**
 * The seal (RFC 3161 timestamps): off by default; says plainly what leaves the computer, and
 * lets the person pick the authority, or give an address and the root its seals chain to.
 */
export function SealForm({
  settings,
  t,
  onSave,
}: {
  settings: SealSettings;
  t: Translate;
  /** Asks for the authority's permission and saves; returns an error to show, or null. */
  onSave: (settings: SealSettings) => Promise<string | null>;
}) {
  const [draft, setDraft] = useState(settings);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      class="stack seal"
      aria-labelledby="seal-title"
      onSubmit={async (event) => {
        event.preventDefault();
        const error = await onSave(draft);
        setStatus(error ? { ok: false, text: error } : { ok: true, text: t('settings.saved') });
      }}
    >
      <h2 id="seal-title">{t('seal.title')}</h2>
      <p class="muted">{t('seal.what')}</p>
      <p class="muted">{t('seal.leaves')}</p>
      <div class="choice">
        <input
          id="seal-enabled"
          type="checkbox"
          checked={draft.enabled}
          onChange={(event) => setDraft({ ...draft, enabled: event.currentTarget.checked })}
        />
        <label for="seal-enabled">{t('seal.enabled')}</label>
      </div>
      <fieldset class="stack" disabled={!draft.enabled}>
        <legend>{t('seal.authority')}</legend>
        {SEAL_AUTHORITY_CHOICES.map((choice) => (
          <div class="choice" key={choice}>
            <input
              id={`seal-authority-${choice}`}
              type="radio"
              name="seal-authority"
              checked={draft.authority === choice}
              onChange={() => setDraft({ ...draft, authority: choice })}
            />
            <label for={`seal-authority-${choice}`}>{t(`seal.authority.${choice}`)}</label>
          </div>
        ))}
        {draft.authority === 'custom' && (
          <>
            <div class="field">
              <label for="seal-custom-url">{t('seal.customUrl')}</label>
              <input
                id="seal-custom-url"
                type="url"
                value={draft.custom.url}
                onInput={(event) =>
                  setDraft({
                    ...draft,
                    custom: { ...draft.custom, url: event.currentTarget.value },
                  })
                }
              />
            </div>
            <div class="field">
              <label for="seal-custom-root">{t('seal.customRoot')}</label>
              <textarea
                id="seal-custom-root"
                rows={6}
                value={draft.custom.rootPem}
                onInput={(event) =>
                  setDraft({
                    ...draft,
                    custom: { ...draft.custom, rootPem: event.currentTarget.value },
                  })
                }
              />
            </div>
          </>
        )}
      </fieldset>
      <button type="submit" class="primary">
        {t('seal.save')}
      </button>
      {status && (
        <Notice
          kind={status.ok ? 'success' : 'error'}
          closeLabel={t('notice.dismiss')}
          onDismiss={() => setStatus(null)}
        >
          {status.text}
        </Notice>
      )}
    </form>
  );
}
