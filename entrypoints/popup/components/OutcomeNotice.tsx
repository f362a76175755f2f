import type { Translate } from '../../../lib/i18n/translate';
import type { CaptureOutcome } from '../../../lib/messaging/capture-outcome';

/** The result of the last capture, said in words; failures are announced to screen readers. */
export function OutcomeNotice({ outcome, t }: { outcome: CaptureOutcome | null; t: Translate }) {
  if (!outcome) return null;
  if (outcome.status === 'stored') {
    return (
      <p class="notice success" role="status">
        {outcome.practice ? (
          <>
            <span class="exercise-mark small">{t('practice.mark')}</span> {t('practice.savedTitle')}
          </>
        ) : (
          t('savedTitle')
        )}
      </p>
    );
  }
  return (
    <div class="notice error" role="alert" data-failure={outcome.reason}>
      <strong>{t('failedTitle')}</strong>
      <p>{t(`failure.${outcome.reason}`)}</p>
    </div>
  );
}
