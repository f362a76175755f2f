import type { Locale, MessageKey, Translate } from '../../../lib/i18n/translate';
import type { PracticeAnswers, PracticeQuestion } from '../../../lib/practice/practice-answers';
import { categoryById, REPORT_CATEGORIES } from '../../../lib/reporting/report-categories';
import { Question } from './Question';

const TITLES: Record<PracticeQuestion, MessageKey> = {
  category: 'report.q.category',
  subChoice: 'report.q.subChoice',
  visibility: 'report.q.visibility',
  role: 'report.q.role',
  minor: 'report.q.minor',
  danger: 'report.q.danger',
  scam: 'report.q.scam',
};

/** The report's questions, asked in the same words as for real evidence. */
export function PracticeQuestions({
  answers,
  missing,
  t,
  locale,
  onChange,
  onDone,
}: {
  answers: PracticeAnswers;
  /** Questions still to answer, named once the pupil asked for the channels too early. */
  missing: PracticeQuestion[];
  t: Translate;
  locale: Locale;
  onChange: (answers: PracticeAnswers) => void;
  onDone: () => void;
}) {
  const set = (change: PracticeAnswers) => onChange({ ...answers, ...change });
  const category = categoryById(answers.categoryId);
  const yesNo = [
    { value: 'yes' as const, label: t('report.yes') },
    { value: 'no' as const, label: t('report.no') },
  ];
  const asYesNo = (value: boolean | undefined) =>
    value === undefined ? undefined : value ? 'yes' : 'no';
  return (
    <form
      class="practice-questions"
      data-guided="classify"
      tabindex={-1}
      aria-labelledby="classify-title"
      onSubmit={(event) => {
        event.preventDefault();
        onDone();
      }}
    >
      <h4 id="classify-title">{t('practice.classifyTitle')}</h4>
      <Question
        name="category"
        legend={t(TITLES.category)}
        choices={REPORT_CATEGORIES.map((option) => ({
          value: option.id,
          label: option.label[locale],
        }))}
        value={answers.categoryId}
        onChange={(categoryId) => set({ categoryId, subChoiceId: undefined })}
      />
      {category?.childAbuse ? <p class="notice">{t('practice.childAbuseNote')}</p> : null}
      {category?.subChoices.length ? (
        <Question
          name="subChoice"
          legend={t(TITLES.subChoice)}
          choices={category.subChoices.map((choice) => ({
            value: choice.id,
            label: choice.label[locale],
          }))}
          value={answers.subChoiceId}
          onChange={(subChoiceId) => set({ subChoiceId })}
        />
      ) : null}
      <Question
        name="visibility"
        legend={t(TITLES.visibility)}
        choices={(['public', 'private', 'unsure'] as const).map((value) => ({
          value,
          label: t(`report.visibility.${value}`),
        }))}
        value={answers.visibility}
        onChange={(visibility) => set({ visibility })}
      />
      <Question
        name="role"
        legend={t(TITLES.role)}
        choices={(['victim', 'witness'] as const).map((value) => ({
          value,
          label: t(`report.role.${value}`),
        }))}
        value={answers.role}
        onChange={(role) => set({ role })}
      />
      <Question
        name="minor"
        legend={t(TITLES.minor)}
        choices={(['yes', 'no', 'unsure'] as const).map((value) => ({
          value,
          label: t(`report.minor.${value}`),
        }))}
        value={answers.minorInvolved}
        onChange={(minorInvolved) => set({ minorInvolved })}
      />
      <Question
        name="danger"
        legend={t(TITLES.danger)}
        choices={yesNo}
        value={asYesNo(answers.immediateDanger)}
        onChange={(value) => set({ immediateDanger: value === 'yes' })}
      />
      <Question
        name="scam"
        legend={t(TITLES.scam)}
        choices={yesNo}
        value={asYesNo(answers.scam)}
        onChange={(value) => set({ scam: value === 'yes' })}
      />
      {missing.length ? (
        <p class="notice error" role="alert">
          {t('report.missing', {
            questions: missing.map((question) => t(TITLES[question])).join(' ; '),
          })}
        </p>
      ) : null}
      <button type="submit" class="primary">
        {t('report.show')}
      </button>
    </form>
  );
}
