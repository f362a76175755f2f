import type { Locale, Translate } from '../../../lib/i18n/translate';
import type { Scenario } from '../../../lib/practice/scenario-schema';

/** The situations to practise on, one at a time; the chosen one is pressed. */
export function ScenarioPicker({
  scenarios,
  chosen,
  t,
  locale,
  onChoose,
}: {
  scenarios: readonly Scenario[];
  chosen: Scenario['id'];
  t: Translate;
  locale: Locale;
  onChoose: (id: Scenario['id']) => void;
}) {
  return (
    <section aria-labelledby="situations-title" class="scenario-picker">
      <h2 id="situations-title">{t('practice.situations')}</h2>
      <ul class="scenario-list">
        {scenarios.map((scenario, index) => (
          <li key={scenario.id}>
            <button
              type="button"
              aria-pressed={scenario.id === chosen}
              data-scenario={scenario.id}
              onClick={() => onChoose(scenario.id)}
            >
              {index + 1}. {scenario.title[locale]}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
