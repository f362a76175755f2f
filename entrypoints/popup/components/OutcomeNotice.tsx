import { Notice } from '../../../components/Notice';
import type { Translate } from '../../../lib/i18n/translate';
import type { CaptureOutcome } from '../../../lib/messaging/capture-outcome';

/** The result of the last capture, said in words, until the person dismisses it. */
export function OutcomeNotice({
  outcome,
  t,
  onDismiss,
}: {
  outcome: CaptureOutcome | null;
  t: Translate;
  onDismiss: () => void;
}) {
  if (!outcome) return null;
  if (outcome.status === 'stored') {
    return (
      <Notice kind="success" closeLabel={t('notice.dismiss')} onDismiss={onDismiss}>
        {outcome.practice ? (
          <>
            <span class="exercise-mark small">{t('practice.mark')}</span> {t('practice.savedTitle')}
          </>
        ) : (
          t('savedTitle')
        )}
      </Notice>
    );
  }
  return (
    <Notice
      kind="error"
      closeLabel={t('notice.dismiss')}
      onDismiss={onDismiss}
      data={{ 'data-failure': outcome.reason }}
    >
      <strong>{t('failedTitle')}</strong>
      <p>{t(`failure.${outcome.reason}`)}</p>
    </Notice>
  );
}
