import type { ComponentChildren } from 'preact';
import { formatDateTime, type Locale, type Translate } from '../../../lib/i18n/translate';

export interface PracticeCaptureSummary {
  id: string;
  name: string;
  capturedAt: string;
  thumbnailUrl?: string;
}

/**
 * The practice captures, kept apart from the evidence and marked as practice, with the one
 * that is open below them; « Effacer les exercices » empties them all at once.
 */
export function PracticeCaptures({
  captures,
  openId,
  cleared,
  t,
  locale,
  onOpen,
  onClear,
  children,
}: {
  captures: PracticeCaptureSummary[] | undefined;
  openId: string | null;
  /** How many were just cleared, to say so. */
  cleared: number | null;
  t: Translate;
  locale: Locale;
  onOpen: (id: string) => void;
  onClear: () => void;
  children?: ComponentChildren;
}) {
  return (
    <section
      aria-labelledby="exercises-title"
      class="practice-captures"
      id="exercises"
      tabindex={-1}
    >
      <div class="row wrap">
        <h2 id="exercises-title">{t('practice.exercises')}</h2>
        <span class="exercise-mark">{t('practice.mark')}</span>
      </div>
      <p class="muted">{t('practice.keptApart')}</p>
      {captures && captures.length === 0 ? (
        <p>{t('practice.noExercises')}</p>
      ) : (
        <ul class="capture-list" aria-label={t('practice.exercises')}>
          {captures?.map((capture) => (
            <li key={capture.id}>
              <button
                type="button"
                aria-current={capture.id === openId ? 'true' : undefined}
                data-practice-capture={capture.id}
                onClick={() => onOpen(capture.id)}
              >
                {capture.thumbnailUrl ? <img src={capture.thumbnailUrl} alt="" /> : null}
                <span>
                  <span class="exercise-mark small">{t('practice.mark')}</span>{' '}
                  <span class="site">{capture.name}</span>
                  <br />
                  <span class="muted">
                    {t('practice.capturedAt', { time: formatDateTime(capture.capturedAt, locale) })}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="row wrap">
        <button
          type="button"
          class="danger"
          disabled={!captures?.length}
          onClick={onClear}
          data-clear-exercises
        >
          {t('practice.clear')}
        </button>
        <p role="status">{cleared !== null ? t('practice.cleared', { count: cleared }) : ''}</p>
      </div>
      {children}
    </section>
  );
}
