import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Notice } from '../../components/Notice';
import { SkipLink } from '../../components/SkipLink';
import { IdentityForm } from './components/IdentityForm';
import { ModerationForm } from './components/ModerationForm';
import { PreferencesForm, type Choices } from './components/PreferencesForm';
import { SealForm } from './components/SealForm';
import { StorageSettings, type StorageUse } from './components/StorageSettings';
import { openEvidenceDatabase } from '../../lib/evidence/database';
import { askBackground } from '../../lib/messaging/ask-background';
import { translator } from '../../lib/i18n/translate';
import { uiLocale } from '../../lib/i18n/ui-locale';
import {
  mirrorLanguage,
  readLanguageChoice,
  saveLanguageChoice,
} from '../../lib/settings/interface-language';
import {
  readModeration,
  saveModeration,
  type ModerationSettings,
} from '../../lib/settings/moderation';
import { readPreferences, savePreferences } from '../../lib/settings/preferences';
import { readSealSettings, type SealSettings } from '../../lib/settings/seal-settings';
import { saveSealChoice } from './save-seal-choice';
import {
  readReporterIdentity,
  reporterIdentitySchema,
  saveReporterIdentity,
  type ReporterIdentity,
} from '../../lib/settings/reporter-identity';

/** Témoin's settings page. */
export function OptionsApp() {
  const [locale, setLocale] = useState(uiLocale);
  const t = useMemo(() => translator(locale), [locale]);
  const [preferences, setPreferences] = useState<Choices | null>(null);
  const [identity, setIdentity] = useState<ReporterIdentity | null>(null);
  const [moderation, setModeration] = useState<ModerationSettings | null>(null);
  const [seal, setSeal] = useState<SealSettings | null>(null);
  const [use, setUse] = useState<StorageUse | null>(null);
  const [wipes, setWipes] = useState(0);
  const wipedNotice = useRef<HTMLDivElement>(null);
  // Once erased, the focus goes to the sentence that says so, which is read out.
  useEffect(() => {
    if (wipes) wipedNotice.current?.focus();
  }, [wipes]);
  async function measure() {
    const database = openEvidenceDatabase();
    const [estimate, captures] = await Promise.all([
      navigator.storage.estimate(),
      database.captures.count(),
    ]);
    database.close();
    setUse({
      used: estimate.usage ?? 0,
      available: estimate.quota === undefined ? null : estimate.quota - (estimate.usage ?? 0),
      captures,
    });
  }
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('settings.title');
  }, [locale, t]);
  useEffect(() => {
    void readReporterIdentity().then(setIdentity);
    void readModeration().then(setModeration);
    void readSealSettings().then(setSeal);
    void readChoices().then((saved) => {
      // The page copy follows storage, whichever page changed it last.
      mirrorLanguage(saved.language);
      setLocale(uiLocale());
      setPreferences(saved);
    });
    void measure();
  }, []);
  return (
    <>
      <SkipLink target="main" label={t('page.skipToContent')} />
      <main id="main" tabIndex={-1} class="stack page-content">
        <h1>{t('settings.title')}</h1>
        {preferences && (
          <PreferencesForm
            preferences={preferences}
            t={t}
            onChange={async (next) => {
              try {
                await saveLanguageChoice(next.language);
                await savePreferences({ capture: next.capture });
              } catch (error) {
                return t('library.error', { message: String(error) });
              }
              setPreferences(next);
              setLocale(uiLocale());
              return null;
            }}
          />
        )}
        {moderation && (
          <ModerationForm
            settings={moderation}
            t={t}
            onChange={async (next) => {
              try {
                await saveModeration(next);
              } catch (error) {
                return t('library.error', { message: String(error) });
              }
              setModeration(next);
              return null;
            }}
          />
        )}
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
        {seal && <SealForm settings={seal} t={t} onSave={(next) => saveSealChoice(next, t)} />}
        <StorageSettings
          use={use}
          t={t}
          locale={locale}
          onWipe={async () => {
            await askBackground('wipeEverything', {});
            mirrorLanguage('auto');
            setLocale(uiLocale());
            setPreferences(await readChoices());
            setIdentity(null);
            setModeration(await readModeration());
            setWipes((count) => count + 1);
            await measure();
            setIdentity(await readReporterIdentity());
          }}
        />
        {wipes > 0 && (
          <Notice
            kind="success"
            closeLabel={t('notice.dismiss')}
            onDismiss={() => setWipes(0)}
            focusTarget={wipedNotice}
          >
            {t('settings.wiped')}
          </Notice>
        )}
      </main>
    </>
  );
}

async function readChoices(): Promise<Choices> {
  const [language, preferences] = await Promise.all([readLanguageChoice(), readPreferences()]);
  return { ...preferences, language };
}
