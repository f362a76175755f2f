import { useEffect, useMemo, useState } from 'preact/hooks';
import { ProjectorSwitch } from '../../components/ProjectorSwitch';
import { practicePageUrl, useProjectorMode } from '../../lib/extension-pages/projector-mode';
import { startFormFiller } from '../../lib/form-filler/run-form-filler';
import { translator } from '../../lib/i18n/translate';
import { uiLocale } from '../../lib/i18n/ui-locale';
import type { FillPlan } from '../../lib/messaging/fill-plan';
import { openPracticeDatabase } from '../../lib/practice/practice-store';
import { SentRecap, type SentField } from './components/SentRecap';
import { TrainingForm } from './components/TrainingForm';
import { loadTrainingPlan } from './load-training-plan';
import { sentFields } from './sent-fields';

/**
 * The training form's page: the copy of PHAROS, filled by Témoin's own form filler with its own
 * panel, exactly as in a real PHAROS tab; « Envoyer » shows what would have been sent.
 */
export function TrainingFormApp() {
  const locale = uiLocale();
  const t = useMemo(() => translator(locale), [locale]);
  const [projector, setProjector] = useProjectorMode();
  const [plan, setPlan] = useState<FillPlan | null | undefined>();
  const [sent, setSent] = useState<SentField[] | null>(null);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('training.title');
    void loadTrainingPlan(openPracticeDatabase(), location.href, locale, t('practice.page')).then(
      setPlan,
    );
  }, [locale, t]);

  useEffect(() => {
    if (!plan) return;
    const filler = startFormFiller({ document, plan });
    return () => filler.stop();
  }, [plan]);

  return (
    <>
      <header class="training-banner" lang={locale}>
        <div class="training-banner-title">
          <span class="exercise-mark">{t('practice.mark')}</span>
          <h1>{t('training.title')}</h1>
        </div>
        <p>{t('training.intro')}</p>
        {plan === null ? <p class="training-notice">{t('training.noCapture')}</p> : null}
        <div class="training-tools">
          <a href={practicePageUrl('/practice.html', projector)}>{t('training.back')}</a>
          <ProjectorSwitch on={projector} t={t} onChange={setProjector} />
        </div>
      </header>
      <main class="fr-container" id="contenu" lang="fr">
        <p class="fr-alert fr-alert--info">
          Ce service n’est pas un service d’urgence : en cas de danger immédiat, appelez le 17 ou le
          112.
        </p>
        {sent ? (
          <SentRecap fields={sent} t={t} locale={locale} onBack={() => setSent(null)} />
        ) : null}
        <div hidden={sent !== null}>
          <TrainingForm onSend={(form) => setSent(sentFields(form))} />
        </div>
      </main>
    </>
  );
}
