import type { FillPlan } from '../forms/fill-plan';
import type { Locale } from '../i18n/translate';
import type { ReporterIdentity } from '../settings/reporter-identity';
import { categoryById } from './report-categories';
import type { EvidenceItem } from './evidence-item';
import { describeEvidence } from './evidence-text';
import { planPharos } from './plan-pharos';
import type { ReportAnswers } from './report-answers';

/**
 * The PHAROS plan for a report: the category's wordings, the victim answer, and the evidence.
 * The description is in French whatever the interface language: it is read by French police.
 */
export function buildPharosPlan({
  answers,
  items,
  identity,
  locale,
}: {
  answers: ReportAnswers;
  items: EvidenceItem[];
  identity: ReporterIdentity | null;
  locale: Locale;
}): FillPlan {
  const category = categoryById(answers.categoryId);
  if (!category) throw new Error(`Unknown category ${answers.categoryId}`);
  const subChoice = category.subChoices.find((choice) => choice.id === answers.subChoiceId);
  return planPharos({
    categoryLabels: [category.pharosLabel, ...category.pharosLabelVariants],
    ...(subChoice
      ? { subChoiceLabels: [subChoice.pharosLabel, ...subChoice.pharosLabelVariants] }
      : {}),
    isVictim: answers.role === 'victim',
    items,
    description: describeEvidence(items, 'fr'),
    identity,
    locale,
  });
}
