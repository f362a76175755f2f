import { ProjectorSwitch } from '../../../components/ProjectorSwitch';
import type { Translate } from '../../../lib/i18n/translate';

/** The practice space's title, what it is, and what a teacher reaches from it. */
export function PracticeHeader({
  t,
  projector,
  quizUrl,
  guided,
  onProjector,
  onGuided,
  onTeacherSheet,
  onPupilSheet,
}: {
  t: Translate;
  projector: boolean;
  quizUrl: string;
  guided: boolean;
  onProjector: (on: boolean) => void;
  onGuided: () => void;
  onTeacherSheet: () => void;
  onPupilSheet: () => void;
}) {
  return (
    <header class="practice-header">
      <div class="practice-title">
        <h1>{t('practice.title')}</h1>
        <span class="exercise-mark">{t('practice.mark')}</span>
      </div>
      <p>{t('practice.intro')}</p>
      <nav aria-label={t('practice.tools')} class="row wrap">
        <button type="button" class="primary" aria-pressed={guided} onClick={onGuided}>
          {t('practice.guided')}
        </button>
        <a class="button" href={quizUrl}>
          {t('practice.quiz')}
        </a>
        <button type="button" onClick={onTeacherSheet}>
          {t('practice.teacherSheet')}
        </button>
        <button type="button" onClick={onPupilSheet}>
          {t('practice.pupilSheet')}
        </button>
        <ProjectorSwitch on={projector} t={t} onChange={onProjector} />
      </nav>
    </header>
  );
}
