import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { saveFile } from '../../lib/extension-pages/save-file';
import { practicePageUrl, useProjectorMode } from '../../lib/extension-pages/projector-mode';
import { translator } from '../../lib/i18n/translate';
import { uiLocale } from '../../lib/i18n/ui-locale';
import { pupilSheetPdf, teacherSheetPdf } from '../../lib/practice/classroom-sheets';
import { GUIDED_STEPS, lawOfStep } from '../../lib/practice/guided-steps';
import { captureName } from '../../lib/evidence/capture-name';
import { clearPractice, openPracticeDatabase } from '../../lib/practice/practice-store';
import { SCENARIOS, scenarioById } from '../../lib/practice/scenarios';
import { GuidedTour } from './components/GuidedTour';
import { PracticeCaptures } from './components/PracticeCaptures';
import { PracticeHeader } from './components/PracticeHeader';
import { ScenarioPicker } from './components/ScenarioPicker';
import { ScenePanel } from './components/ScenePanel';
import { OpenPracticeCapture, type PracticeProgress } from './OpenPracticeCapture';
import { usePracticeCaptures } from './use-practice-captures';
import { useGuidedHighlight } from './use-guided-highlight';

/** A classroom sheet is never cancelled from the page: the browser's own download bar can. */
const NEVER = new AbortController().signal;

/**
 * The practice space: fictional scenes to capture from, the practice captures kept apart from
 * the evidence, the steps after a capture, the guided walk-through and the classroom sheets.
 */
export function PracticeApp() {
  const locale = uiLocale();
  const t = useMemo(() => translator(locale), [locale]);
  const database = useMemo(() => openPracticeDatabase(), []);
  const openedAt = useMemo(() => Date.now(), []);
  const [projector, setProjector] = useProjectorMode();
  const [scenarioId, setScenarioId] = useState(
    () =>
      scenarioById(new URLSearchParams(location.search).get('scenario'))?.id ?? SCENARIOS[0]!.id,
  );
  const scenario = scenarioById(scenarioId)!;
  const { captures, thumbnailUrls } = usePracticeCaptures(database);
  const [openId, setOpenId] = useState<string | null>(null);
  const [cleared, setCleared] = useState<number | null>(null);
  const [guidedIndex, setGuidedIndex] = useState<number | null>(null);
  const [progress, setProgress] = useState<ReadonlySet<PracticeProgress>>(new Set());
  const [categoryId, setCategoryId] = useState<string>();

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('practice.pageTitle');
  }, [locale, t]);

  // A capture just made opens at once: the next steps are about it.
  const newest = captures?.[0]?.capture.id;
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (captures === undefined) return;
    if (seen.current !== null && newest && newest !== seen.current) {
      setOpenId(newest);
      setProgress(new Set());
    }
    seen.current = newest ?? '';
  }, [newest, captures === undefined]);

  const step = guidedIndex === null ? null : GUIDED_STEPS[guidedIndex]!;
  useGuidedHighlight(step?.id ?? null);
  const done = (id: string) =>
    id === 'capture' ? Boolean(captures?.length) : progress.has(id as PracticeProgress);

  return (
    <>
      <a class="skip-link" href="#scene">
        {t('practice.skip')}
      </a>
      <PracticeHeader
        t={t}
        projector={projector}
        quizUrl={practicePageUrl('/practice-quiz.html', projector)}
        guided={guidedIndex !== null}
        onProjector={setProjector}
        onGuided={() => setGuidedIndex(guidedIndex === null ? 0 : null)}
        onTeacherSheet={() =>
          void saveFile(teacherSheetPdf(locale), t('practice.teacherFile'), NEVER)
        }
        onPupilSheet={() => void saveFile(pupilSheetPdf(locale), t('practice.pupilFile'), NEVER)}
      />
      <main class="practice-layout">
        <div class="practice-feed">
          <ScenarioPicker
            scenarios={SCENARIOS}
            chosen={scenario.id}
            t={t}
            locale={locale}
            onChoose={(id) => {
              setScenarioId(id);
              const address = new URL(location.href);
              address.searchParams.set('scenario', id);
              history.replaceState(history.state, '', address);
              setCategoryId(scenarioById(id)?.answers.categoryId);
            }}
          />
          <ScenePanel scenario={scenario} t={t} locale={locale} openedAt={openedAt} />
        </div>
        <PracticeCaptures
          captures={captures?.map(({ capture }) => ({
            id: capture.id,
            name: captureName(capture.metadata, locale),
            capturedAt: capture.capturedAt,
            thumbnailUrl: thumbnailUrls[capture.id],
          }))}
          openId={openId}
          cleared={cleared}
          t={t}
          locale={locale}
          onOpen={(id) => {
            setOpenId(id);
            setProgress(new Set());
          }}
          onClear={async () => {
            setOpenId(null);
            setProgress(new Set());
            setCleared(await clearPractice(database));
          }}
        >
          {openId ? (
            <OpenPracticeCapture
              key={openId}
              database={database}
              captureId={openId}
              projector={projector}
              t={t}
              locale={locale}
              onProgress={(reached) => setProgress((known) => new Set([...known, reached]))}
            />
          ) : null}
        </PracticeCaptures>
      </main>
      <footer class="practice-help">
        <p>{t('practice.emergency')}</p>
      </footer>
      {step ? (
        <GuidedTour
          step={step}
          index={guidedIndex!}
          count={GUIDED_STEPS.length}
          law={lawOfStep(step, categoryId ?? scenario.answers.categoryId)}
          done={done(step.id)}
          t={t}
          locale={locale}
          onPrevious={() => setGuidedIndex(Math.max(0, guidedIndex! - 1))}
          onNext={() => setGuidedIndex(Math.min(GUIDED_STEPS.length - 1, guidedIndex! + 1))}
          onGoTo={() => focusGuided(step.id)}
          onClose={() => setGuidedIndex(null)}
        />
      ) : null}
    </>
  );
}

/** Moves the focus to the part of the page a step is about, or where to start it. */
function focusGuided(stepId: string): void {
  const target =
    document.querySelector<HTMLElement>(`[data-guided="${stepId}"]`) ??
    document.getElementById('exercises');
  target?.focus();
}
