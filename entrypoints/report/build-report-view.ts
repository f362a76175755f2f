import type {
  Answers,
  CategoryOption,
  ChannelView,
  NoticeView,
  WarningView,
} from './components/view-types';
import type { Annotation } from '../../lib/evidence/annotation';
import type { CaptureRecord } from '../../lib/evidence/database';
import { formatDateTime, type Locale, type Translate } from '../../lib/i18n/translate';
import { categoryById, REPORT_CATEGORIES } from '../../lib/reporting/report-categories/index';
import type { EvidenceItem } from '../../lib/reporting/evidence-item';
import { describeEvidence, readyText } from '../../lib/reporting/evidence-text';
import { channelById } from '../../lib/reporting/official-channels';
import { composePlatformNotice, noticeMailto } from '../../lib/reporting/platform-notice';
import { platformReportPage } from '../../lib/reporting/platform-report-pages';
import { recommendChannels, type Recommendation } from '../../lib/reporting/recommend-channels';
import type { ReportAnswers } from '../../lib/reporting/report-answers';
import { reportWarnings } from '../../lib/reporting/report-warnings';
import type { ReporterIdentity } from '../../lib/settings/reporter-identity';
import { answerSummary } from './build-answer-summary';
import { evidenceView } from './build-evidence-view';
import { isAsked, isScam, unanswered } from './report-questions';

export function isChildAbuse(categoryId: string | undefined): boolean {
  return Boolean(categoryById(categoryId)?.childAbuse);
}

/**
 * The answers, once every question asked is answered, with those the category implies; the
 * platform comes from the evidence.
 */
export function completeAnswers(answers: Answers, items: EvidenceItem[]): ReportAnswers | null {
  const category = categoryById(answers.categoryId);
  if (!category || unanswered(answers).length > 0) return null;
  const platform = items.find((item) => item.platform)?.platform;
  return {
    categoryId: category.id,
    ...(answers.subChoiceId ? { subChoiceId: answers.subChoiceId } : {}),
    visibility: answers.visibility!,
    role: answers.role!,
    minorInvolved: answers.minorInvolved!,
    immediateDanger: category.implies?.immediateDanger ?? answers.immediateDanger!,
    scam: isScam(answers, category),
    ...(isAsked('money', answers) ? { moneyLost: answers.moneyLost! } : {}),
    ...(platform ? { platform } : {}),
  };
}

interface Loaded {
  capture: CaptureRecord;
  annotation: Annotation | undefined;
}

/** Everything the report page shows, in the user's language. */
export function reportView({
  answers,
  evidence,
  items,
  identity,
  locale,
  t,
  now = new Date(),
}: {
  answers: Answers;
  evidence: Loaded[];
  items: EvidenceItem[];
  identity: ReporterIdentity | null;
  locale: Locale;
  t: Translate;
  now?: Date;
}) {
  const complete = completeAnswers(answers, items);
  const recommendations = complete ? recommendChannels(complete) : [];
  const reports = evidence.flatMap(({ annotation }) => annotation?.reports ?? []);
  return {
    summary: answerSummary(answers, locale, t),
    categories: REPORT_CATEGORIES.map((category): CategoryOption => ({
      id: category.id,
      label: category.label[locale],
      explanation: category.explanation[locale],
      examples: category.examples[locale],
      subChoices: category.subChoices.map((choice) => ({
        id: choice.id,
        label: choice.label[locale],
      })),
      childAbuse: category.childAbuse,
    })),
    evidence: evidence.map(({ capture, annotation }, index) =>
      evidenceView(capture, annotation, items[index]!, locale, t),
    ),
    channels: complete
      ? recommendations.map((recommendation) =>
          channelView(recommendation, complete, items, reports, locale, t),
        )
      : [],
    warnings: complete
      ? reportWarnings({
          answers: complete,
          recommendations,
          items,
          alreadyReported: reports,
          now,
        }).map((warning): WarningView => ({ ...warning, text: warning.text[locale] }))
      : [],
    // In French and English: the platform may not read the user's language.
    notices:
      complete && recommendations.some((item) => item.channelId === 'platform-dsa')
        ? {
            fr: noticeView(complete, items, identity, 'fr'),
            en: noticeView(complete, items, identity, 'en'),
          }
        : null,
  };
}

/** Who writes, in the ready texts. */
const ROLE_WORDS: Record<ReportAnswers['role'], { fr: string; en: string }> = {
  victim: { fr: 'Je suis la personne visée.', en: 'I am the person targeted.' },
  witness: { fr: 'Je suis témoin.', en: 'I am a witness.' },
  parent: {
    fr: 'Je suis le parent ou le représentant légal de la personne visée.',
    en: 'I am the parent or legal guardian of the person targeted.',
  },
};

const ACTIONS: Partial<Record<string, ChannelView['action']>> = {
  pharos: 'fill-form',
  'platform-dsa': 'notice',
};

function channelView(
  recommendation: Recommendation,
  answers: ReportAnswers,
  items: EvidenceItem[],
  reports: Array<{ channelId: string; at: string }>,
  locale: Locale,
  t: Translate,
): ChannelView {
  const channel = channelById(recommendation.channelId);
  const category = categoryById(answers.categoryId)!;
  const last = reports.filter((report) => report.channelId === channel.id).at(-1);
  const intro = {
    fr: `Signalement : ${category.label.fr}. ${ROLE_WORDS[answers.role].fr}`,
    en: `Report: ${category.label.en}. ${ROLE_WORDS[answers.role].en}`,
  };
  const text =
    channel.id === 'pharos'
      ? describeEvidence(items, 'fr')
      : channel.form === 'notice' || channel.id === 'emergency' || !items.length
        ? undefined
        : readyText(intro, items, locale);
  return {
    id: channel.id,
    name: channel.name,
    priority: recommendation.priority,
    reason: recommendation.reason[locale],
    accepts: channel.accepts[locale],
    needs: channel.needs[locale],
    hours: t(`report.hours.${channel.hours}`),
    anonymity: t(`report.anonymity.${channel.anonymity}`),
    ...(channel.url ? { url: channel.url } : {}),
    phones: channel.phones.map((phone) => phone.number),
    action: ACTIONS[channel.id] ?? (channel.form === 'phone' ? 'call' : 'ready-text'),
    ...(text ? { readyText: text } : {}),
    ...(last ? { reportedOn: formatDateTime(last.at, locale) } : {}),
  };
}

function noticeView(
  answers: ReportAnswers,
  items: EvidenceItem[],
  identity: ReporterIdentity | null,
  locale: Locale,
): NoticeView {
  const name = identity ? `${identity.firstName} ${identity.lastName}`.trim() : '';
  const notice = composePlatformNotice({
    answers,
    items,
    locale,
    notifier: identity ? { name, email: identity.email } : null,
  });
  const reportPageUrl = platformReportPage(answers.platform);
  return {
    ...notice,
    mailto: noticeMailto(notice),
    site: items[0]?.siteLabel ?? '',
    ...(reportPageUrl ? { reportPageUrl } : {}),
  };
}
