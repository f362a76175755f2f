import { useState } from 'preact/hooks';
import { Notice } from '../../../components/Notice';
import type { Translate } from '../../../lib/i18n/translate';
import type { ReporterIdentity } from '../../../lib/settings/reporter-identity';

/**
 * The reporter's optional identity. Reports to PHAROS may be anonymous; these details are put
 * in forms and notices only when "use them" is ticked.
 */
export function IdentityForm({
  identity,
  t,
  onSave,
}: {
  identity: ReporterIdentity;
  t: Translate;
  onSave: (identity: ReporterIdentity) => Promise<string | null>;
}) {
  const [draft, setDraft] = useState(identity);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const field = (
    key: 'lastName' | 'firstName' | 'email',
    type: 'text' | 'email',
    autocomplete: string,
  ) => (
    <div class="field">
      <label for={`identity-${key}`}>{t(`settings.${key}`)}</label>
      <input
        id={`identity-${key}`}
        type={type as 'text'}
        autoComplete={autocomplete}
        value={draft[key]}
        onInput={(event) => setDraft({ ...draft, [key]: event.currentTarget.value })}
      />
    </div>
  );
  return (
    <form
      class="stack identity"
      aria-labelledby="identity-title"
      onSubmit={async (event) => {
        event.preventDefault();
        const error = await onSave(draft);
        setStatus(error ? { ok: false, text: error } : { ok: true, text: t('settings.saved') });
      }}
    >
      <h2 id="identity-title">{t('report.settings')}</h2>
      <p class="muted">{t('settings.identityHelp')}</p>
      {field('lastName', 'text', 'family-name')}
      {field('firstName', 'text', 'given-name')}
      {field('email', 'email', 'email')}
      <div class="choice">
        <input
          id="identity-use"
          type="checkbox"
          checked={draft.useInForms}
          onChange={(event) => setDraft({ ...draft, useInForms: event.currentTarget.checked })}
        />
        <label for="identity-use">{t('settings.useInForms')}</label>
      </div>
      <button type="submit" class="primary">
        {t('settings.save')}
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
