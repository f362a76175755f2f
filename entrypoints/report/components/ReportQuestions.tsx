import type { Translate } from '../../../lib/i18n/translate';
import { isAsked, QUESTION_TITLES, unanswered } from '../report-questions';
import { ChoiceGroup } from './ChoiceGroup';
import type { Answers, CategoryOption } from './view-types';

/**
 * What the child sexual abuse choice asks before it counts: a deliberate « Continue » that
 * opens the deletion dialog. Moving through the options never opens it.
 */
function ChildAbuseStep({ t, onContinue }: { t: Translate; onContinue: () => void }) {
  return (
    <div class="child-abuse-step">
      <p class="muted">{t('report.childAbuseNote')}</p>
      <button type="button" onClick={onContinue}>
        {t('report.childAbuseContinue')}
      </button>
    </div>
  );
}

/** The short guided choice: what it is, where, who you are, a minor, danger, a scam. */
export function ReportQuestions({
  categories,
  answers,
  showMissing,
  childAbuseToConfirm,
  t,
  onChange,
  onContinueChildAbuse,
  onDone,
}: {
  categories: CategoryOption[];
  answers: Answers;
  showMissing: boolean;
  /** The child sexual abuse category is chosen, and its images are still kept. */
  childAbuseToConfirm: boolean;
  t: Translate;
  onChange: (answers: Answers) => void;
  onContinueChildAbuse: () => void;
  onDone: () => void;
}) {
  const set = (change: Answers) => onChange({ ...answers, ...change });
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? undefined : value ? 'yes' : 'no';
  const yesNoChoices = [
    { value: 'yes' as const, label: t('report.yes') },
    { value: 'no' as const, label: t('report.no') },
  ];
  const missing = unanswered(answers).map((question) => t(QUESTION_TITLES[question]));
  if (childAbuseToConfirm) missing.push(t('report.q.childAbuseConfirm'));
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
          more: (
            <>
              {category.subChoices.length > 0 && (
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
              )}
              {category.childAbuse && childAbuseToConfirm && (
                <ChildAbuseStep t={t} onContinue={onContinueChildAbuse} />
              )}
            </>
          ),
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
        choices={(['victim', 'witness', 'parent'] as const).map((value) => ({
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
      {isAsked('danger', answers) && (
        <ChoiceGroup
          name="danger"
          legend={t('report.q.danger')}
          value={yesNo(answers.immediateDanger)}
          onChange={(value) => set({ immediateDanger: value === 'yes' })}
          choices={yesNoChoices}
        />
      )}
      {isAsked('scam', answers) && (
        <ChoiceGroup
          name="scam"
          legend={t('report.q.scam')}
          value={yesNo(answers.scam)}
          onChange={(value) => set({ scam: value === 'yes' })}
          choices={yesNoChoices}
        />
      )}
      {isAsked('money', answers) && (
        <ChoiceGroup
          name="money"
          legend={t('report.q.money')}
          value={yesNo(answers.moneyLost)}
          onChange={(value) => set({ moneyLost: value === 'yes' })}
          choices={yesNoChoices}
        />
      )}
      {showMissing && missing.length > 0 && (
        <p class="notice error" role="alert">
          {t('report.missing', { questions: missing.join(' ; ') })}
        </p>
      )}
      <button type="submit" class="primary">
        {t('report.show')}
      </button>
    </form>
  );
}
