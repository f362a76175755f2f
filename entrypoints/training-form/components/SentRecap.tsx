import type { Locale, MessageKey, Translate } from '../../../lib/i18n/translate';

export interface SentField {
  question: string;
  answer: string;
  required: boolean;
}

/** What to check before sending a real report, shown after every « Envoyer ». */
const CHECKS: readonly MessageKey[] = [
  'training.check.address',
  'training.check.dates',
  'training.check.facts',
  'training.check.identity',
  'training.check.person',
  'training.check.emergency',
];

/**
 * After « Envoyer »: nothing was sent, here is what a real report would have held, field by
 * field, what is missing, and what to check before sending a real one.
 */
export function SentRecap({
  fields,
  t,
  locale,
  onBack,
}: {
  fields: SentField[];
  t: Translate;
  locale: Locale;
  onBack: () => void;
}) {
  const missing = fields.filter((field) => field.required && !field.answer);
  return (
    <section class="training-recap" aria-labelledby="recap-title" lang={locale}>
      <h2 id="recap-title" tabindex={-1} ref={(heading) => heading?.focus()}>
        {t('training.nothingSent')}
      </h2>
      <p>{t('training.wouldHave')}</p>
      <dl class="training-sent">
        {fields.map((field) => (
          <div key={field.question} data-sent={field.question}>
            <dt lang="fr">{field.question}</dt>
            <dd>{field.answer || <em>{t('training.empty')}</em>}</dd>
          </div>
        ))}
      </dl>
      {missing.length ? (
        <p class="training-notice" role="status">
          {t('training.missing', { count: missing.length })}
        </p>
      ) : null}
      <h3>{t('training.checkTitle')}</h3>
      <ul>
        {CHECKS.map((check) => (
          <li key={check}>{t(check)}</li>
        ))}
      </ul>
      <button type="button" class="fr-btn fr-btn--secondary" onClick={onBack}>
        {t('training.backToForm')}
      </button>
    </section>
  );
}
