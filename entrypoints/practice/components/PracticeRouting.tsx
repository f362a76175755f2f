import type { Locale, Translate } from '../../../lib/i18n/translate';
import { channelById } from '../../../lib/reporting/official-channels';
import type { Recommendation } from '../../../lib/reporting/recommend-channels';

/**
 * Where Témoin's routing sends these answers, each channel with its reason, beside the
 * scenario's own answer; then the training form and the export for a complaint.
 */
export function PracticeRouting({
  recommendations,
  expected,
  differing,
  exporting,
  t,
  locale,
  onForm,
  onExport,
}: {
  recommendations: Recommendation[];
  /** The scenario's answer key, when the capture comes from a scenario. */
  expected: string[] | null;
  /** Which answers differ from the scenario's, in words. */
  differing: string[];
  exporting: boolean;
  t: Translate;
  locale: Locale;
  onForm: () => void;
  onExport: () => void;
}) {
  const routed = recommendations.map((item) => item.channelId);
  const same =
    expected !== null &&
    expected.length === routed.length &&
    expected.every((channelId) => routed.includes(channelId as Recommendation['channelId']));
  const pharos = routed.includes('pharos');
  return (
    <div class="practice-routing">
      <section data-guided="route" tabindex={-1} aria-labelledby="route-title">
        <h4 id="route-title">{t('practice.routeTitle')}</h4>
        <ol class="channels">
          {recommendations.map((item) => (
            <li key={item.channelId} data-channel={item.channelId}>
              <strong>{channelById(item.channelId).name}</strong>{' '}
              <span class={`priority ${item.priority}`}>
                {t(`report.priority.${item.priority}`)}
              </span>
              <p class="reason">{item.reason[locale]}</p>
            </li>
          ))}
        </ol>
        {expected ? (
          <p
            class={same ? 'notice success' : 'notice'}
            data-scenario-check={same ? 'same' : 'different'}
          >
            {same
              ? t('practice.sameAsScenario')
              : t('practice.notAsScenario', {
                  channels: expected
                    .map((id) => channelById(id as Recommendation['channelId']).name)
                    .join(', '),
                  answers: differing.join(', '),
                })}
          </p>
        ) : null}
      </section>
      <section data-guided="form" tabindex={-1} aria-labelledby="form-title">
        <h4 id="form-title">{t('practice.formTitle')}</h4>
        <p class="muted">{pharos ? t('practice.formHelp') : t('practice.formNotPharos')}</p>
        <button type="button" class="primary" onClick={onForm}>
          {t('practice.openForm')}
        </button>
      </section>
      <section data-guided="export" tabindex={-1} aria-labelledby="export-title">
        <h4 id="export-title">{t('practice.exportTitle')}</h4>
        <p class="muted">{t('practice.exportHelp')}</p>
        <button type="button" onClick={onExport} disabled={exporting}>
          {exporting ? t('practice.exporting') : t('practice.export')}
        </button>
      </section>
    </div>
  );
}
