import type { Locale, Translate } from '../../lib/i18n/translate';
import { categoryById } from '../../lib/reporting/report-categories/index';
import type { Answers, AnswerView } from './components/view-types';
import { isAsked, isScam, QUESTION_TITLES, QUESTIONS, type Question } from './report-questions';

/** One answer in words, or nothing when the question was not answered. */
function answerText(question: Question, answers: Answers, locale: Locale, t: Translate) {
  const category = categoryById(answers.categoryId);
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? undefined : t(value ? 'report.yes' : 'report.no');
  switch (question) {
    case 'category':
      return category?.label[locale];
    case 'subChoice':
      return category?.subChoices.find((choice) => choice.id === answers.subChoiceId)?.label[
        locale
      ];
    case 'visibility':
      return answers.visibility && t(`report.visibility.${answers.visibility}`);
    case 'role':
      return answers.role && t(`report.role.${answers.role}`);
    case 'minor':
      return answers.minorInvolved && t(`report.minor.${answers.minorInvolved}`);
    case 'danger':
      return yesNo(answers.immediateDanger);
    case 'scam':
      return yesNo(answers.scam);
    case 'money':
      return yesNo(answers.moneyLost);
  }
}

/** What a category already answers, shown as such and changed through the category. */
function impliedText(question: Question, answers: Answers, t: Translate): string | undefined {
  const category = categoryById(answers.categoryId);
  const implied =
    (question === 'danger' && category?.implies?.immediateDanger) ||
    (question === 'scam' && isScam(answers, category) && category?.implies?.scam);
  return implied ? t('report.implied', { answer: t('report.yes') }) : undefined;
}

/**
 * The answers given, short, in the order asked, each with the question to go back to. Answers
 * the category implies say so, and are changed by changing the category.
 */
export function answerSummary(answers: Answers, locale: Locale, t: Translate): AnswerView[] {
  return QUESTIONS.flatMap((question): AnswerView[] => {
    const implied = impliedText(question, answers, t);
    if (implied)
      return [
        { question, title: t(QUESTION_TITLES[question]), answer: implied, editAt: 'category' },
      ];
    const answer = isAsked(question, answers) && answerText(question, answers, locale, t);
    return answer
      ? [{ question, title: t(QUESTION_TITLES[question]), answer, editAt: question }]
      : [];
  });
}
