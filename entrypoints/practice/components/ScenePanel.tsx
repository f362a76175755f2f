import type { Locale, Translate } from '../../../lib/i18n/translate';
import type { Scenario } from '../../../lib/practice/scenario-schema';
import { SceneView } from './SceneView';

/** The chosen situation: who the pupil is, what they see, and the scene to capture from. */
export function ScenePanel({
  scenario,
  t,
  locale,
  openedAt,
}: {
  scenario: Scenario;
  t: Translate;
  locale: Locale;
  openedAt: number;
}) {
  return (
    <section
      aria-labelledby="scene-title"
      class="scene-panel"
      data-guided="capture"
      tabindex={-1}
      id="scene"
    >
      <h2 id="scene-title">{scenario.title[locale]}</h2>
      <p class="setting">{scenario.setting[locale]}</p>
      <p class="how-to">{t('practice.howToCapture')}</p>
      <SceneView scene={scenario.scene} locale={locale} openedAt={openedAt} />
    </section>
  );
}
