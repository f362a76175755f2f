import type { MessageKey, Translate } from '../../../lib/i18n/translate';
import { ChoiceGroup } from './ChoiceGroup';
import type { Answers, CategoryOption } from './view-types';

type Question = 'category' | 'subChoice' | 'visibility' | 'role' | 'minor' | 'danger' | 'scam';

const QUESTION_TITLES: Record<Question, MessageKey> = {
  category: 'report.q.category',
  subChoice: 'report.q.subChoice',
  visibility: 'report.q.visibility',
  role: 'report.q.role',
  minor: 'report.q.minor',
  danger: 'report.q.danger',
  scam: 'report.q.scam',
};

/** The questions still unanswered, in the order they are asked. */
export function unanswered(answers: Answers, categories: CategoryOption[]): Question[] {
  const category = categories.find((option) => option.id === answers.categoryId);
  const missing: Array<[Question, boolean]> = [
    ['category', !category],
    ['subChoice', Boolean(category?.subChoices.length) && !answers.subChoiceId],
    ['visibility', !answers.visibility],
    ['role', !answers.role],
    ['minor', !answers.minorInvolved],
    ['danger', answers.immediateDanger === undefined],
    ['scam', answers.scam === undefined],
  ];
  return missing.filter(([, isMissing]) => isMissing).map(([question]) => question);
}

/** The short guided choice: what it is, where, who you are, a minor, danger, a scam. */
export function ReportQuestions({
  categories,
  answers,
  showMissing,
  t,
  onChange,
  onDone,
}: {
  categories: CategoryOption[];
  answers: Answers;
  showMissing: boolean;
  t: Translate;
  onChange: (answers: Answers) => void;
  onDone: () => void;
}) {
  const set = (change: Answers) => onChange({ ...answers, ...change });
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? undefined : value ? 'yes' : 'no';
  const yesNoChoices = [
    { value: 'yes' as const, label: t('report.yes') },
    { value: 'no' as const, label: t('report.no') },
  ];
  const missing = unanswered(answers, categories);
  return (
    <form
      class="questions"
      aria-labelledby="questions-title"
      onSubmit={(event) => {
        event.preventDefault();
        onDone();
      }}
    >
      <h2 id="questions-title">{t('report.questionsTitle')}</h2>
      <p class="muted">{t('report.questionsHelp')}</p>
      <ChoiceGroup
        name="category"
        legend={t('report.q.category')}
        value={answers.categoryId}
        onChange={(categoryId) => set({ categoryId, subChoiceId: undefined })}
        choices={categories.map((category) => ({
          value: category.id,
          label: category.label,
          hint: `${category.explanation} ${t('report.q.examples', { examples: category.examples.join(' ; ') })}`,
          more: category.subChoices.length ? (
            <ChoiceGroup
              name="subChoice"
              legend={t('report.q.subChoice')}
              value={answers.subChoiceId}
              onChange={(subChoiceId) => set({ subChoiceId })}
              choices={category.subChoices.map((choice) => ({
                value: choice.id,
                label: choice.label,
              }))}
            />
          ) : undefined,
        }))}
      />
      <ChoiceGroup
        name="visibility"
        legend={t('report.q.visibility')}
        value={answers.visibility}
        onChange={(visibility) => set({ visibility })}
        choices={(['public', 'private', 'unsure'] as const).map((value) => ({
          value,
          label: t(`report.visibility.${value}`),
        }))}
      />
      <ChoiceGroup
        name="role"
        legend={t('report.q.role')}
        value={answers.role}
        onChange={(role) => set({ role })}
        choices={(['victim', 'witness'] as const).map((value) => ({
          value,
          label: t(`report.role.${value}`),
        }))}
      />
      <ChoiceGroup
        name="minor"
        legend={t('report.q.minor')}
        value={answers.minorInvolved}
        onChange={(minorInvolved) => set({ minorInvolved })}
        choices={(['yes', 'no', 'unsure'] as const).map((value) => ({
          value,
          label: t(`report.minor.${value}`),
        }))}
      />
      <ChoiceGroup
        name="danger"
        legend={t('report.q.danger')}
        value={yesNo(answers.immediateDanger)}
        onChange={(value) => set({ immediateDanger: value === 'yes' })}
        choices={yesNoChoices}
      />
      <ChoiceGroup
        name="scam"
        legend={t('report.q.scam')}
        value={yesNo(answers.scam)}
        onChange={(value) => set({ scam: value === 'yes' })}
        choices={yesNoChoices}
      />
      {showMissing && missing.length > 0 && (
        <p class="notice error" role="alert">
          {t('report.missing', {
            questions: missing.map((question) => t(QUESTION_TITLES[question])).join(' ; '),
          })}
        </p>
      )}
      <button type="submit" class="primary">
        {t('report.show')}
      </button>
    </form>
  );
}
