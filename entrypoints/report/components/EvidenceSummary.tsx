import type { Translate } from '../../../lib/i18n/translate';
import type { EvidenceView } from './view-types';

/**
 * The captures in this report, in words only: no screenshot is shown here, so nothing
 * distressing or unlawful is put back on screen while the user decides where to report.
 */
export function EvidenceSummary({
  evidence,
  note,
  t,
}: {
  evidence: EvidenceView[];
  note?: string | undefined;
  t: Translate;
}) {
  return (
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('report.captures')}</h2>
      {note && <p class="notice">{note}</p>}
      {evidence.length === 0 ? (
        <p class="notice">{t('report.capturesNone')}</p>
      ) : (
        <ul class="evidence-list">
          {evidence.map((item) => (
            <li key={item.captureId} data-capture={item.captureId}>
              <strong class="capture-name">{item.name}</strong>
              <div class="muted times">
                {item.publishedOn && <span data-time="published">{item.publishedOn} · </span>}
                <span data-time="captured">{item.capturedOn}</span>
              </div>
              <div class="address">{item.address}</div>
              {item.excerpt && <p class="post-text">{item.excerpt}</p>}
              {item.imagesDeleted && <p class="muted">{t('report.imagesDeleted')}</p>}
              {item.reports.map((report) => (
                <p class="reported" key={report}>
                  {report}
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
