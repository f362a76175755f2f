import type { Locale } from '../i18n/catalogue';
import { inBothLanguages, reportingText } from '../i18n/reporting-text';
import { formatDate, formatDateTime } from '../i18n/translate';
import { categoryById } from './report-categories';
import type { EvidenceItem } from './evidence-item';
import type { Localized } from './localized';
import { channelName } from './official-channels';
import { prescriptionDeadline, type PrescriptionDeadline } from './press-prescription';
import type { Recommendation } from './recommend-channels';
import type { ReportAnswers } from './report-answers';

export interface ReportWarning {
  id: 'false-report' | 'prescription' | 'repeat' | 'already-reported' | 'no-images';
  severity: 'info' | 'important';
  text: Localized;
}

const AUTHORITIES = new Set(['pharos', 'thesee', 'ma-securite', 'plainte-en-ligne', 'perceval']);

/** The warnings that apply to this report, most important first. */
export function reportWarnings({
  answers,
  recommendations,
  items,
  alreadyReported,
  now,
}: {
  answers: ReportAnswers;
  recommendations: readonly Recommendation[];
  items: readonly EvidenceItem[];
  alreadyReported: ReadonlyArray<{ channelId: string; at: string }>;
  now: Date;
}): ReportWarning[] {
  const category = categoryById(answers.categoryId);
  const warnings: ReportWarning[] = [];
  if (category?.pressPrescription && items.length) {
    const deadlines = items.map((item) =>
      prescriptionDeadline(item.published, item.capturedAt, category.pressPrescription!, now),
    );
    const soonest = deadlines.reduce((left, right) =>
      right.daysLeft < left.daysLeft ? right : left,
    );
    warnings.push({
      id: 'prescription',
      severity: 'important',
      text: prescriptionText(soonest, category.pressPrescription),
    });
  }
  if (category?.childAbuse) {
    warnings.push({
      id: 'no-images',
      severity: 'important',
      text: inBothLanguages('warning.no-images'),
    });
  }
  if (recommendations.some((recommendation) => AUTHORITIES.has(recommendation.channelId))) {
    warnings.push({
      id: 'false-report',
      severity: 'info',
      text: inBothLanguages('warning.false-report'),
    });
  }
  for (const report of alreadyReported) {
    const name = channelName(report.channelId);
    warnings.push({
      id: 'already-reported',
      severity: 'info',
      text: inBothLanguages('warning.already-reported', (locale) => ({
        channel: name,
        at: formatDateTime(report.at, locale),
      })),
    });
  }
  if (!alreadyReported.length && recommendations.some((item) => item.channelId === 'pharos')) {
    warnings.push({
      id: 'repeat',
      severity: 'info',
      text: inBothLanguages('warning.repeat'),
    });
  }
  return warnings;
}

function prescriptionText(
  deadline: PrescriptionDeadline,
  term: 'three-months' | 'one-year',
): Localized {
  const values = (locale: Locale) => ({
    term: reportingText(locale)(`deadline.${term}`),
    date: formatDate(deadline.deadline, locale),
    count: deadline.daysLeft,
  });
  if (deadline.daysLeft < 0) return inBothLanguages('deadline.passed', values);
  return inBothLanguages(
    deadline.basis === 'captured' ? 'deadline.leftAtMost' : 'deadline.left',
    values,
  );
}
