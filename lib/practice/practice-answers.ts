import { reportAnswersSchema } from '../messaging/report-schemas';
import type { ReportAnswers } from '../reporting/report-answers';
import { categoryById } from '../reporting/report-categories';

/** The answers a pupil gives, one question at a time. */
export type PracticeAnswers = Partial<ReportAnswers>;

export const PRACTICE_QUESTIONS = [
  'category',
  'subChoice',
  'visibility',
  'role',
  'minor',
  'danger',
  'scam',
] as const;
export type PracticeQuestion = (typeof PRACTICE_QUESTIONS)[number];

/** The questions not answered yet, in the order they are asked. */
export function unansweredQuestions(answers: PracticeAnswers): PracticeQuestion[] {
  const category = categoryById(answers.categoryId);
  const missing: Record<PracticeQuestion, boolean> = {
    category: !category,
    subChoice: Boolean(category?.subChoices.length) && !answers.subChoiceId,
    visibility: !answers.visibility,
    role: !answers.role,
    minor: !answers.minorInvolved,
    danger: answers.immediateDanger === undefined,
    scam: answers.scam === undefined,
  };
  return PRACTICE_QUESTIONS.filter((question) => missing[question]);
}

/** The answers as the routing takes them, once every question is answered. */
export function completeAnswers(answers: PracticeAnswers): ReportAnswers | null {
  if (unansweredQuestions(answers).length) return null;
  const parsed = reportAnswersSchema.safeParse(answers);
  return parsed.success ? parsed.data : null;
}

/**
 * Which of the pupil's answers differ from the scenario's: what to look at again when the
 * channels differ.
 */
export function differingAnswers(
  given: ReportAnswers,
  expected: ReportAnswers,
): Array<'categoryId' | 'visibility' | 'role' | 'minorInvolved' | 'immediateDanger' | 'scam'> {
  return (
    ['categoryId', 'visibility', 'role', 'minorInvolved', 'immediateDanger', 'scam'] as const
  ).filter((key) => given[key] !== expected[key]);
}
