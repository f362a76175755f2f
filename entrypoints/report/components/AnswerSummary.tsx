import type { Translate } from '../../../lib/i18n/translate';
import type { AnswerView } from './view-types';

/** The answers given, short, each with a button to change it. */
export function AnswerSummary({
  answers,
  t,
  onEdit,
}: {
  answers: AnswerView[];
  t: Translate;
  onEdit: (question: string) => void;
}) {
  return (
    <section aria-labelledby="answers-title" class="answers">
      <h2 id="answers-title">{t('report.answersTitle')}</h2>
      <dl>
        {answers.map((answer) => (
          <div class="answer" key={answer.question} data-answer={answer.question}>
            <dt>{answer.title}</dt>
            <dd>
              <span>{answer.answer}</span>
              <button
                type="button"
                class="link"
                aria-label={t('report.editAnswerOf', { question: answer.title })}
                onClick={() => onEdit(answer.editAt)}
              >
                {t('report.editAnswer')}
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
