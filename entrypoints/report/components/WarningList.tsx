import type { Translate } from '../../../lib/i18n/translate';
import type { WarningView } from './view-types';

export function WarningList({ warnings, t }: { warnings: WarningView[]; t: Translate }) {
  if (!warnings.length) return null;
  return (
    <section aria-labelledby="warnings-title" class="warnings">
      <h2 id="warnings-title">{t('report.warningsTitle')}</h2>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.id} class={`notice ${warning.severity}`} data-warning={warning.id}>
            {warning.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
