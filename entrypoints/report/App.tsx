import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ReportPage, type FormStatus } from './components/ReportPage';
import type { Answers } from './components/view-types';
import { unanswered } from './report-questions';
import { openEvidenceDatabase } from '../../lib/evidence/database';
import { captureName, capturedOn } from '../../lib/evidence/capture-name';
import { evidenceItemOf } from '../../lib/evidence/evidence-item-of';
import { translator } from '../../lib/i18n/translate';
import { uiLocale } from '../../lib/i18n/ui-locale';
import { askBackground } from '../../lib/messaging/ask-background';
import {
  identityForForms,
  readReporterIdentity,
  type ReporterIdentity,
} from '../../lib/settings/reporter-identity';
import { copyToClipboard } from '../../lib/extension-pages/copy-to-clipboard';
import { completeAnswers, isChildAbuse, reportView } from './build-report-view';
import { unfiledCaptures } from './unfiled-captures';
import { threadIdFromAddress, useThreadEvidence } from './use-thread-evidence';
import { latestCaptures } from '../../lib/extension-pages/evidence-queries';
import { useLiveQuery } from '../../lib/extension-pages/use-live-query';

const RECENT_COUNT = 20;
const PHAROS_ORIGINS = ['https://www.internet-signalement.gouv.fr/*'];

/** Puts the focus on a question's chosen answer, or its first, once the page has drawn it. */
function focusQuestion(question: string): void {
  requestAnimationFrame(() => {
    const group = document.querySelector(`[data-question="${question}"]`);
    const input =
      group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector('input');
    input?.focus();
  });
}

function captureIdsFromAddress(): string[] {
  const ids = new URLSearchParams(location.hash.slice(1)).get('captures') ?? '';
  return ids.split(',').filter(Boolean);
}

/** The report page: from one or several captures to the channels that apply, and the forms. */
export function ReportApp() {
  const database = useMemo(() => openEvidenceDatabase(), []);
  const locale = uiLocale();
  const t = useMemo(() => translator(locale), [locale]);
  const openedWith = useMemo(captureIdsFromAddress, []);
  const [captureIds, setCaptureIds] = useState(openedWith);
  const threadId = useMemo(threadIdFromAddress, []);
  const thread = useThreadEvidence(database, threadId, locale, t);
  const [answers, setAnswers] = useState<Answers>({});
  const [stage, setStage] = useState<'questions' | 'results'>('questions');
  const [showMissing, setShowMissing] = useState(false);
  const [formStatus, setFormStatus] = useState<FormStatus>('idle');
  const [childAbuseDialogOpen, setChildAbuseDialogOpen] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [identity, setIdentity] = useState<ReporterIdentity | null>(null);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('report.pageTitle');
    void readReporterIdentity().then((saved) => setIdentity(identityForForms(saved)));
  }, [locale, t]);

  const loaded = useLiveQuery(async () => {
    const [captures, annotations, fileCounts] = await Promise.all([
      database.captures.bulkGet(captureIds),
      database.annotations.bulkGet(captureIds),
      Promise.all(captureIds.map((id) => database.files.where('captureId').equals(id).count())),
    ]);
    return captures.flatMap((capture, index) =>
      capture ? [{ capture, annotation: annotations[index], files: fileCounts[index]! }] : [],
    );
  }, [captureIds]);
  const recent = useLiveQuery(() => latestCaptures(database, RECENT_COUNT), []);
  const evidence = loaded ?? [];
  // A thread's posts come after the captures, in the thread's order.
  const items = [
    ...evidence.map(({ capture, annotation }) =>
      evidenceItemOf(capture, Boolean(annotation?.imagesDeletedAt), locale),
    ),
    ...(thread?.items ?? []),
  ];
  // A capture filed before opens with its category chosen; the user can still change it.
  const filed = evidence[0]?.annotation?.category;
  useEffect(() => {
    if (filed && !answers.categoryId) setAnswers((current) => ({ ...filed, ...current }));
  }, [filed?.categoryId]);
  const view = reportView({ answers, evidence, items, identity, locale, t });
  const ids = evidence.map(({ capture }) => capture.id);
  const imagesKept = evidence.some(({ files }) => files > 0) || Boolean(thread?.screens);
  const withThread = threadId ? { threadId } : {};
  const childAbuseToConfirm = isChildAbuse(answers.categoryId) && imagesKept;

  const fail = (error: unknown) =>
    setMessage({ kind: 'error', text: t('report.error', { message: String(error) }) });

  return (
    <ReportPage
      t={t}
      evidence={[...view.evidence, ...(thread?.views ?? [])]}
      evidenceNote={thread?.note}
      severalNote={items.length > 1 ? t('report.severalPosts', { count: items.length }) : undefined}
      otherEvidence={(recent ?? [])
        .filter(({ capture }) => !openedWith.includes(capture.id))
        .map(({ capture }) => ({
          captureId: capture.id,
          label: `${captureName(capture.metadata, locale)}, ${capturedOn(capture.capturedAt, locale)}`,
          included: captureIds.includes(capture.id),
        }))}
      onToggleEvidence={(captureId, included) => {
        const next = included
          ? [...captureIds, captureId]
          : captureIds.filter((id) => id !== captureId);
        setCaptureIds(next);
        const inThread = threadId ? `&thread=${threadId}` : '';
        history.replaceState(null, '', `#captures=${next.join(',')}${inThread}`);
      }}
      categories={view.categories}
      answers={answers}
      summary={view.summary}
      stage={stage}
      showMissing={showMissing}
      channels={view.channels}
      warnings={view.warnings}
      notices={view.notices}
      locale={locale}
      formStatus={formStatus}
      childAbuseDialog={{
        toConfirm: childAbuseToConfirm,
        open: childAbuseDialogOpen,
        busy: deleting,
      }}
      message={message}
      copy={copyToClipboard}
      // Moving through the options only changes the answers: deleting needs a deliberate step.
      onAnswers={setAnswers}
      onContinueChildAbuse={() => setChildAbuseDialogOpen(true)}
      onConfirmChildAbuse={async () => {
        setDeleting(true);
        try {
          const { deletedFiles } = await askBackground('deleteImages', {
            captureIds: ids,
            ...withThread,
          });
          setMessage({
            kind: 'success',
            text: t('report.childAbuseDone', { count: deletedFiles }),
          });
          setChildAbuseDialogOpen(false);
          focusQuestion('category');
        } catch (error) {
          fail(error);
        } finally {
          setDeleting(false);
        }
      }}
      onCancelChildAbuse={() => {
        setAnswers({ ...answers, categoryId: undefined, subChoiceId: undefined });
        setChildAbuseDialogOpen(false);
        focusQuestion('category');
      }}
      onShowResults={() => {
        const complete = completeAnswers(answers, items);
        if (unanswered(answers).length > 0 || !complete || childAbuseToConfirm) {
          setShowMissing(true);
          return;
        }
        setStage('results');
        setShowMissing(false);
        requestAnimationFrame(() => document.getElementById('results-title')?.focus());
        const unfiled = unfiledCaptures(evidence, complete);
        if (unfiled.length) {
          void askBackground('recordCategory', {
            captureIds: unfiled,
            categoryId: complete.categoryId,
            ...(complete.subChoiceId ? { subChoiceId: complete.subChoiceId } : {}),
          }).catch(fail);
        }
      }}
      onEditAnswer={(question) => {
        setStage('questions');
        focusQuestion(question);
      }}
      onFillForm={async () => {
        const complete = completeAnswers(answers, items);
        if (!complete || !items.length) return;
        setFormStatus('opening');
        try {
          // Asked on the click, so the browser shows its prompt; refused, nothing is opened.
          const granted = await browser.permissions.request({ origins: PHAROS_ORIGINS });
          if (!granted) {
            setFormStatus('no-permission');
            return;
          }
          const opened = await askBackground('openForm', {
            form: 'pharos',
            captureIds: ids,
            ...withThread,
            answers: complete,
          });
          setFormStatus(opened.status === 'opened' ? 'opened' : 'no-permission');
        } catch (error) {
          setFormStatus('idle');
          fail(error);
        }
      }}
      onMark={async (channelId, note) => {
        if (!ids.length) return;
        try {
          await askBackground('recordReport', {
            captureIds: ids,
            channelId,
            ...(note ? { note } : {}),
          });
        } catch (error) {
          fail(error);
        }
      }}
    />
  );
}
