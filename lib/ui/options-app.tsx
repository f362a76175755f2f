import { useEffect, useMemo, useState } from 'preact/hooks';
import { IdentityForm } from '../../components/IdentityForm';
import { translator } from '../i18n/translate';
import { uiLocale } from '../i18n/ui-locale';
import {
  readReporterIdentity,
  reporterIdentitySchema,
  saveReporterIdentity,
  type ReporterIdentity,
} from '../settings/reporter-identity';

/** Témoin's settings page. */
export function OptionsApp() {
  const locale = uiLocale();
  const t = useMemo(() => translator(locale), [locale]);
  const [identity, setIdentity] = useState<ReporterIdentity | null>(null);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('settings.title');
    void readReporterIdentity().then(setIdentity);
  }, [locale, t]);
  return (
    <main class="stack page-content">
      <h1>{t('settings.title')}</h1>
      {identity && (
        <IdentityForm
          identity={identity}
          t={t}
          onSave={async (draft) => {
            const parsed = reporterIdentitySchema.safeParse(draft);
            if (!parsed.success) return t('settings.invalidEmail');
            await saveReporterIdentity(parsed.data);
            return null;
          }}
        />
      )}
    </main>
  );
}
