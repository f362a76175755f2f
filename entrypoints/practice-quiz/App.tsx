import { useEffect, useMemo, useState } from 'preact/hooks';
import { ProjectorSwitch } from '../../components/ProjectorSwitch';
import { practicePageUrl, useProjectorMode } from '../../lib/extension-pages/projector-mode';
import { translator } from '../../lib/i18n/translate';
import { uiLocale } from '../../lib/i18n/ui-locale';
import { judgeCard, quizScore, type CardResult } from '../../lib/practice/quiz';
import { SCENARIOS } from '../../lib/practice/scenarios';
import type { ChannelId } from '../../lib/reporting/channel-schema';
import { QuizCard } from './components/QuizCard';
import { QuizScore } from './components/QuizScore';

/**
 * The routing quiz: one situation at a time, the pupil ticks where to report, Témoin's routing
 * marks it with its reasons, and a score comes at the end. Everything lives in this page's
 * memory and is gone when it closes.
 */
export function QuizApp() {
  const locale = uiLocale();
  const t = useMemo(() => translator(locale), [locale]);
  const [projector, setProjector] = useProjectorMode();
  const [index, setIndex] = useState(0);
  const [picked, setPicked] = useState<ChannelId[]>([]);
  const [results, setResults] = useState<CardResult[]>([]);
  const finished = results.length === SCENARIOS.length && index === SCENARIOS.length;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('quiz.pageTitle');
  }, [locale, t]);

  const scenario = SCENARIOS[index];
  const result = results[index];
  return (
    <>
      <a class="skip-link" href="#quiz">
        {t('practice.skip')}
      </a>
      <header class="quiz-header">
        <div class="row wrap">
          <h1>{t('quiz.title')}</h1>
          <span class="exercise-mark">{t('practice.mark')}</span>
        </div>
        <p>{t('quiz.intro')}</p>
        <div class="row wrap">
          <a href={practicePageUrl('/practice.html', projector)}>{t('quiz.back')}</a>
          <ProjectorSwitch on={projector} t={t} onChange={setProjector} />
        </div>
      </header>
      <main id="quiz" tabindex={-1} class="quiz-main">
        {finished || !scenario ? (
          <QuizScore
            score={quizScore(results)}
            results={results}
            t={t}
            locale={locale}
            onAgain={() => {
              setResults([]);
              setPicked([]);
              setIndex(0);
            }}
          />
        ) : (
          <QuizCard
            key={scenario.id}
            scenario={scenario}
            index={index}
            count={SCENARIOS.length}
            picked={picked}
            result={result}
            t={t}
            locale={locale}
            onPick={setPicked}
            onCheck={() => setResults([...results, judgeCard(scenario, picked)])}
            onNext={() => {
              setPicked([]);
              setIndex(index + 1);
            }}
          />
        )}
      </main>
    </>
  );
}
