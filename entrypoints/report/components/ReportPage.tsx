import type { Translate } from '../../../lib/i18n/translate';
import { AddEvidence, type EvidenceChoice } from './AddEvidence';
import { AnswerSummary } from './AnswerSummary';
import { ChannelCard } from './ChannelCard';
import { ChildAbuseDialog } from './ChildAbuseDialog';
import { DsaNoticeBlock } from './DsaNoticeBlock';
import { EvidenceSummary } from './EvidenceSummary';
import { ReportQuestions } from './ReportQuestions';
import type {
  Answers,
  AnswerView,
  CategoryOption,
  ChannelView,
  CopyText,
  EvidenceView,
  NoticeView,
  WarningView,
} from './view-types';
import { WarningList } from './WarningList';

export type FormStatus = 'idle' | 'opening' | 'opened' | 'no-permission';

export interface ReportPageProps {
  t: Translate;
  evidence: EvidenceView[];
  /** What the page says of a thread in the report. */
  evidenceNote?: string | undefined;
  /** Why several posts make one PHAROS report. */
  severalNote?: string | undefined;
  otherEvidence: EvidenceChoice[];
  categories: CategoryOption[];
  answers: Answers;
  summary: AnswerView[];
  stage: 'questions' | 'results';
  showMissing: boolean;
  channels: ChannelView[];
  warnings: WarningView[];
  notices: Record<'fr' | 'en', NoticeView> | null;
  locale: 'fr' | 'en';
  formStatus: FormStatus;
  /** The child sexual abuse category waits for its deliberate « Continue »; then the dialog. */
  childAbuseDialog: { toConfirm: boolean; open: boolean; busy: boolean };
  message: { kind: 'success' | 'error'; text: string } | null;
  copy: CopyText;
  onToggleEvidence: (captureId: string, included: boolean) => void;
  onAnswers: (answers: Answers) => void;
  onShowResults: () => void;
  onEditAnswer: (question: string) => void;
  onContinueChildAbuse: () => void;
  onFillForm: () => void;
  onMark: (channelId: string, note: string) => Promise<void>;
  onConfirmChildAbuse: () => void;
  onCancelChildAbuse: () => void;
}

/** The report flow: the evidence, the questions, then the channels that apply and why. */
export function ReportPage(props: ReportPageProps) {
  const { t } = props;
  // The channels to use come before the general warnings; the other possibilities after them.
  const urgent = props.channels.filter((channel) => channel.priority !== 'also');
  const others = props.channels.filter((channel) => channel.priority === 'also');
  const channelCard = (channel: ChannelView) => (
    <ChannelCard
      key={channel.id}
      channel={channel}
      t={t}
      copy={props.copy}
      onMark={(note) => props.onMark(channel.id, note)}
    >
      {channel.action === 'fill-form' && (
        <FillFormAction
          status={props.formStatus}
          several={props.severalNote}
          t={t}
          onFill={props.onFillForm}
        />
      )}
      {channel.action === 'notice' && props.notices && (
        <DsaNoticeBlock
          notices={props.notices}
          initialLanguage={props.locale}
          t={t}
          copy={props.copy}
        />
      )}
    </ChannelCard>
  );
  return (
    <main class="report stack" id="main" tabIndex={-1}>
      <h1>{t('report.pageTitle')}</h1>
      <p class="notice error emergency" role="note">
        {t('report.emergency')}
      </p>
      {props.message && (
        <p
          class={`notice ${props.message.kind}`}
          role={props.message.kind === 'error' ? 'alert' : 'status'}
        >
          {props.message.text}
        </p>
      )}
      <EvidenceSummary evidence={props.evidence} note={props.evidenceNote} t={t} />
      <AddEvidence choices={props.otherEvidence} t={t} onToggle={props.onToggleEvidence} />
      {props.stage === 'questions' ? (
        <ReportQuestions
          categories={props.categories}
          answers={props.answers}
          showMissing={props.showMissing}
          childAbuseToConfirm={props.childAbuseDialog.toConfirm}
          t={t}
          onChange={props.onAnswers}
          onContinueChildAbuse={props.onContinueChildAbuse}
          onDone={props.onShowResults}
        />
      ) : (
        <section aria-labelledby="results-title" class="results">
          <h2 id="results-title" tabIndex={-1}>
            {t('report.resultsTitle')}
          </h2>
          <AnswerSummary answers={props.summary} t={t} onEdit={props.onEditAnswer} />
          {urgent.map(channelCard)}
          <WarningList warnings={props.warnings} t={t} />
          {others.map(channelCard)}
        </section>
      )}
      <ChildAbuseDialog
        open={props.childAbuseDialog.open}
        busy={props.childAbuseDialog.busy}
        t={t}
        onConfirm={props.onConfirmChildAbuse}
        onCancel={props.onCancelChildAbuse}
      />
    </main>
  );
}

function FillFormAction({
  status,
  several,
  t,
  onFill,
}: {
  status: FormStatus;
  several: string | undefined;
  t: Translate;
  onFill: () => void;
}) {
  return (
    <div class="fill-form">
      <p class="muted">{t('report.fillPharosHelp')}</p>
      {several && <p data-testid="several-posts">{several}</p>}
      <button type="button" class="primary" disabled={status === 'opening'} onClick={onFill}>
        {t('report.fillPharos')}
      </button>
      <p role="status" class={status === 'no-permission' ? 'notice error' : 'muted'}>
        {status === 'opened'
          ? t('report.formOpened')
          : status === 'no-permission'
            ? t('report.permissionDenied')
            : ''}
      </p>
    </div>
  );
}
