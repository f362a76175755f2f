import type { Translate } from '../../../lib/i18n/translate';

export interface EvidenceChoice {
  captureId: string;
  label: string;
  included: boolean;
}

/**
 * Other recent captures the user may add to the same report: one notice can cover several
 * items, and a thread is often several posts.
 */
export function AddEvidence({
  choices,
  t,
  onToggle,
}: {
  choices: EvidenceChoice[];
  t: Translate;
  onToggle: (captureId: string, included: boolean) => void;
}) {
  if (!choices.length) return null;
  return (
    <details class="add-evidence">
      <summary>{t('report.addCaptures')}</summary>
      <fieldset class="question">
        <legend class="visually-hidden">{t('report.addCaptures')}</legend>
        {choices.map((choice) => (
          <div class="choice" key={choice.captureId}>
            <input
              type="checkbox"
              id={`add-${choice.captureId}`}
              checked={choice.included}
              onChange={(event) => onToggle(choice.captureId, event.currentTarget.checked)}
            />
            <label for={`add-${choice.captureId}`}>{choice.label}</label>
          </div>
        ))}
      </fieldset>
    </details>
  );
}
