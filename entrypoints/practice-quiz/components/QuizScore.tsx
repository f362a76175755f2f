import { useEffect, useRef } from 'preact/hooks';
import type { Locale, Translate } from '../../../lib/i18n/translate';
import type { CardResult } from '../../../lib/practice/quiz';
import { SCENARIOS } from '../../../lib/practice/scenarios';

/** The end of the quiz: the score, each situation right or not, and a fresh start. */
export function QuizScore({
  score,
  results,
  t,
  locale,
  onAgain,
}: {
  score: { right: number; total: number };
  results: CardResult[];
  t: Translate;
  locale: Locale;
  onAgain: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="quiz-score" aria-labelledby="quiz-score-title">
      <h2
        id="quiz-score-title"
        tabindex={-1}
        ref={heading}
        data-quiz-score={`${score.right}/${score.total}`}
      >
        {t('quiz.score', { count: score.right, total: score.total })}
      </h2>
      <ol>
        {results.map((result, index) => (
          <li
            key={SCENARIOS[index]!.id}
            class={result.right ? 'verdict-intact' : 'verdict-tampered'}
          >
            {result.right ? '✓' : '✗'} {SCENARIOS[index]!.title[locale]}
          </li>
        ))}
      </ol>
      <button type="button" class="primary" onClick={onAgain}>
        {t('quiz.again')}
      </button>
    </section>
  );
}
