import { useEffect, useMemo } from 'preact/hooks';
import { Welcome } from './components/Welcome';
import { translator } from '../../lib/i18n/translate';
import { uiLocale } from '../../lib/i18n/ui-locale';
import { useShortcuts } from '../../lib/extension-pages/shortcuts';

/** The page shown once, when Témoin is installed: what it does and does not, and where to start. */
export function WelcomeApp() {
  const locale = uiLocale();
  const t = useMemo(() => translator(locale), [locale]);
  const shortcuts = useShortcuts();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('welcome.title');
  }, [locale, t]);
  return <Welcome t={t} shortcuts={shortcuts} />;
}
