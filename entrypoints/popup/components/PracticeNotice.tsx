import type { Translate } from '../../../lib/i18n/translate';

/**
 * The practice captures, counted apart from the evidence and marked as practice: never in the
 * list above, never in the badge's count. « Effacer » empties them at once.
 */
export function PracticeNotice({
  count,
  t,
  onOpen,
  onClear,
}: {
  count: number;
  t: Translate;
  onOpen: () => void;
  onClear: () => void;
}) {
  if (count === 0) return null;
  return (
    <section class="notice practice-notice" aria-labelledby="practice-notice-title">
      <h2 id="practice-notice-title">
        <span class="exercise-mark small">{t('practice.mark')}</span>{' '}
        {t('practice.popupCount', { count })}
      </h2>
      <p class="muted">{t('practice.popupApart')}</p>
      <div class="row wrap">
        <button type="button" onClick={onOpen}>
          {t('practice.popupOpen')}
        </button>
        <button type="button" class="danger" onClick={onClear}>
          {t('practice.clear')}
        </button>
      </div>
    </section>
  );
}
