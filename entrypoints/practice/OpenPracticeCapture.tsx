import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { samePixels } from '../../lib/verification/canvas-pixels';
import type { EvidenceDatabase } from '../../lib/evidence/database';
import { verifyCapture, type Verification } from '../../lib/verification/verify-capture';
import { saveFile } from '../../lib/extension-pages/save-file';
import { practicePageUrl } from '../../lib/extension-pages/projector-mode';
import type { Locale, Translate } from '../../lib/i18n/translate';
import { browserJpeg } from '../../lib/pdf/browser-jpeg';
import { markAsExercise } from '../../lib/practice/exercise-mark';
import {
  completeAnswers,
  differingAnswers,
  unansweredQuestions,
  type PracticeAnswers,
  type PracticeQuestion,
} from '../../lib/practice/practice-answers';
import { captureName } from '../../lib/evidence/capture-name';
import { scenarioOfPost } from '../../lib/practice/scenario-of-post';
import { practiceReportPdf } from '../../lib/practice/practice-report';
import { reportFontFiles } from '../../lib/extension-pages/report-font-files';
import { REPORT_SCRIPTS } from '../../lib/pdf/report-scripts';
import { recommendChannels } from '../../lib/reporting/recommend-channels';
import { platformLabel } from '../../lib/sites/platform-names';
import { PracticeCapture } from './components/PracticeCapture';
import { PracticeQuestions } from './components/PracticeQuestions';
import { PracticeRouting } from './components/PracticeRouting';
import { usePracticeCapture } from './use-practice-capture';

export type PracticeProgress = 'verify' | 'classify' | 'route' | 'form' | 'export';

const QUESTION_OF_ANSWER = {
  categoryId: 'report.q.category',
  visibility: 'report.q.visibility',
  role: 'report.q.role',
  minorInvolved: 'report.q.minor',
  immediateDanger: 'report.q.danger',
  scam: 'report.q.scam',
} as const;

/**
 * An open practice capture and the steps after it: check it, say what it is, see where to
 * report, fill the training form, export the practice report. Nothing here writes to any store.
 */
export function OpenPracticeCapture({
  database,
  captureId,
  projector,
  t,
  locale,
  onProgress,
}: {
  database: EvidenceDatabase;
  captureId: string;
  projector: boolean;
  t: Translate;
  locale: Locale;
  onProgress: (step: PracticeProgress) => void;
}) {
  const word = t('practice.mark');
  const { loaded, urls } = usePracticeCapture(database, captureId, word);
  const [verification, setVerification] = useState<Verification | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [answers, setAnswers] = useState<PracticeAnswers>({});
  const [missing, setMissing] = useState<PracticeQuestion[]>([]);
  const [routed, setRouted] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!loaded) return null;
  const { capture } = loaded;
  const complete = completeAnswers(answers);
  const scenario = scenarioOfPost(capture.metadata.post);

  return (
    <PracticeCapture
      capture={capture}
      name={captureName(capture.metadata, locale)}
      pictures={urls}
      derivedFiles={Object.values(loaded.files)
        .filter((file) => file.derivedFrom)
        .map((file) => ({ role: file.role, sha256: file.sha256 }))}
      verification={verification}
      verifying={verifying}
      t={t}
      locale={locale}
      onVerify={async () => {
        setVerifying(true);
        try {
          const result = await verifyCapture(database, captureId, samePixels);
          setVerification(result);
          if (result.intact) onProgress('verify');
        } finally {
          setVerifying(false);
        }
      }}
    >
      <PracticeQuestions
        answers={answers}
        missing={missing}
        t={t}
        locale={locale}
        onChange={(next) => {
          setAnswers(next);
          setRouted(false);
          if (next.categoryId) onProgress('classify');
          if (missing.length) setMissing(unansweredQuestions(next));
        }}
        onDone={() => {
          const left = unansweredQuestions(answers);
          setMissing(left);
          setRouted(left.length === 0);
          if (left.length === 0) onProgress('route');
        }}
      />
      {routed && complete ? (
        <PracticeRouting
          recommendations={recommendChannels(complete)}
          expected={scenario ? [...scenario.answerKey] : null}
          differing={
            scenario
              ? differingAnswers(complete, scenario.answers).map((key) =>
                  t(QUESTION_OF_ANSWER[key]),
                )
              : []
          }
          exporting={exporting}
          t={t}
          locale={locale}
          onForm={() => {
            onProgress('form');
            void browser.tabs.create({
              url: practicePageUrl(
                '/training-form.html',
                projector,
                `capture=${captureId}&answers=${encodeURIComponent(JSON.stringify(complete))}`,
              ),
            });
          }}
          onExport={async () => {
            setExporting(true);
            setFailure(null);
            try {
              const blob = await practiceReportPdf({
                database,
                captureId,
                answers: complete,
                word,
                caseName: t('practice.reportCase'),
                language: locale,
                extensionVersion: browser.runtime.getManifest().version,
                platformName: (platform) => platformLabel(platform) ?? platform,
                toJpeg: browserJpeg,
                // One capture: every script's font is read, whatever its text.
                fonts: await reportFontFiles(REPORT_SCRIPTS.map(({ script }) => script)),
                mark: markAsExercise,
              });
              await saveFile(
                blob,
                `temoin-${word.toLowerCase()}-${capture.capturedAt.slice(0, 10)}.pdf`,
                new AbortController().signal,
              );
              onProgress('export');
            } catch (error) {
              setFailure(t('practice.exportFailed', { message: String(error) }));
            } finally {
              setExporting(false);
            }
          }}
        />
      ) : null}
      {failure ? (
        <p class="notice error" role="alert">
          {failure}
        </p>
      ) : null}
    </PracticeCapture>
  );
}
