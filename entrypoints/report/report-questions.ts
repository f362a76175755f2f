import type { MessageKey } from '../../lib/i18n/translate';
import type { ReportCategory } from '../../lib/reporting/category-schema';
import { categoryById } from '../../lib/reporting/report-categories/index';
import type { Answers } from './components/view-types';

/** The guided questions, in the order they are asked. */
export const QUESTIONS = [
  'category',
  'subChoice',
  'visibility',
  'role',
  'minor',
  'danger',
  'scam',
  'money',
] as const;
export type Question = (typeof QUESTIONS)[number];

export const QUESTION_TITLES: Record<Question, MessageKey> = {
  category: 'report.q.category',
  subChoice: 'report.q.subChoice',
  visibility: 'report.q.visibility',
  role: 'report.q.role',
  minor: 'report.q.minor',
  danger: 'report.q.danger',
  scam: 'report.q.scam',
  money: 'report.q.money',
};

/** Whether the answers say it is a scam: by the answer, or by the category itself. */
export function isScam(answers: Answers, category: ReportCategory | undefined): boolean {
  return Boolean(category?.implies?.scam ?? answers.scam);
}

/**
 * Whether a question is asked at all. A category that already answers a question (someone in
 * danger, a scam) is not asked it again; money lost is asked only about a scam or spam.
 */
export function isAsked(question: Question, answers: Answers): boolean {
  const category = categoryById(answers.categoryId);
  switch (question) {
    case 'subChoice':
      return Boolean(category?.subChoices.length);
    case 'danger':
      return !category?.implies?.immediateDanger;
    case 'scam':
      return !category?.implies?.scam;
    case 'money':
      return isScam(answers, category) || Boolean(category?.concerns.includes('spam'));
    default:
      return true;
  }
}

const ANSWERED: Record<Question, (answers: Answers) => boolean> = {
  category: (answers) => Boolean(categoryById(answers.categoryId)),
  subChoice: (answers) => Boolean(answers.subChoiceId),
  visibility: (answers) => Boolean(answers.visibility),
  role: (answers) => Boolean(answers.role),
  minor: (answers) => Boolean(answers.minorInvolved),
  danger: (answers) => answers.immediateDanger !== undefined,
  scam: (answers) => answers.scam !== undefined,
  money: (answers) => answers.moneyLost !== undefined,
};

/** The questions asked and still unanswered, in order. */
export function unanswered(answers: Answers): Question[] {
  return QUESTIONS.filter((question) => isAsked(question, answers) && !ANSWERED[question](answers));
}
