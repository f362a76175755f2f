import type { Annotation } from '../../lib/evidence/annotation';
import { captureName, capturedOn } from '../../lib/evidence/capture-name';
import type { CaptureRecord } from '../../lib/evidence/database';
import { reportLines } from '../../lib/extension-pages/report-lines';
import { formatDateTime, type Locale, type Translate } from '../../lib/i18n/translate';
import type { EvidenceItem } from '../../lib/reporting/evidence-item';
import { excerpt } from '../../lib/reporting/evidence-text';
import type { EvidenceView } from './components/view-types';

/** When the post was published, labelled, when the page gave it. */
export function publishedOn(item: EvidenceItem, locale: Locale, t: Translate) {
  const { published } = item;
  if (published.kind === 'absolute') {
    return { publishedOn: t('report.publishedOn', { date: formatDateTime(published.at, locale) }) };
  }
  if (published.kind === 'range') {
    const earliest = formatDateTime(published.earliest, locale);
    const latest = formatDateTime(published.latest, locale);
    return { publishedOn: t('report.publishedBetween', { earliest, latest }) };
  }
  return {};
}

/** One capture of the report in words: no picture, and every time labelled. */
export function evidenceView(
  capture: CaptureRecord,
  annotation: Annotation | undefined,
  item: EvidenceItem,
  locale: Locale,
  t: Translate,
): EvidenceView {
  return {
    captureId: capture.id,
    name: captureName(capture.metadata, locale),
    ...(item.text ? { excerpt: excerpt(item.text) } : {}),
    ...publishedOn(item, locale, t),
    capturedOn: capturedOn(capture.capturedAt, locale),
    address: item.postUrl ?? item.pageUrl,
    reports: reportLines(annotation, t, locale),
    imagesDeleted: Boolean(annotation?.imagesDeletedAt),
  };
}
