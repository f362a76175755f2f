import { useMemo, useState } from 'preact/hooks';
import { CaptureDetail } from '../../components/CaptureDetail';
import { NotesAndTags } from '../../components/NotesAndTags';
import { SealStatus } from '../../components/SealStatus';
import { checkStoredSeal } from '../seal/check-stored-seal';
import { readSealSettings } from '../settings/seal-settings';
import { sealViewOf } from './seal-view';
import { askBackground } from '../messaging/ask-background';
import { captureName } from '../evidence/capture-name';
import type { EvidenceDatabase } from '../evidence/database';
import { samePixels } from '../verification/canvas-pixels';
import { verifyCapture, type Verification } from '../verification/verify-capture';
import type { Locale, Translate } from '../i18n/translate';
import { platformLabel } from '../sites/platform-names';
import { describeEvidenceProblem } from './describe-evidence-problem';
import { captureWithFiles } from './evidence-queries';
import { useObjectUrls } from './object-urls';
import { reportLines } from './report-lines';
import { useLiveQuery } from './use-live-query';

/** Loads one capture and its pictures, and verifies its hashes on request. */
export function CaptureDetailFromStore({
  database,
  captureId,
  t,
  locale,
  onBack,
  onOpenCapture,
  onReport,
  knownTags,
}: {
  database: EvidenceDatabase;
  captureId: string;
  t: Translate;
  locale: Locale;
  onBack: () => void;
  onOpenCapture: (id: string) => void;
  onReport: (captureId: string) => void;
  /** Tags used elsewhere, offered while typing one. */
  knownTags?: readonly string[];
}) {
  const loaded = useLiveQuery(() => captureWithFiles(database, captureId), [captureId]);
  const parentPermalink = loaded?.capture.metadata.post?.parentPermalink;
  const parent = useLiveQuery(
    async () =>
      parentPermalink
        ? ((await database.captures.where('postPermalink').equals(parentPermalink).first()) ?? null)
        : null,
    [parentPermalink],
  );
  const pictures = useMemo(
    () =>
      loaded
        ? { page: loaded.files['page-screenshot']?.blob, post: loaded.files['post-crop']?.blob }
        : undefined,
    [loaded],
  );
  const urls = useObjectUrls(pictures);
  const [verification, setVerification] = useState<Verification | null>(null);
  const [verifying, setVerifying] = useState(false);
  const sealState = useLiveQuery(
    async () => ({
      seal: (await database.seals.get(captureId)) ?? null,
      waiting: (await database.sealQueue.get(captureId)) ?? null,
    }),
    [captureId],
  );
  const [sealCheck, setSealCheck] = useState<string | null>(null);
  if (!loaded) return null;
  const seal = sealState && sealViewOf(sealState, loaded.capture.capturedAt, sealCheck);
  return (
    <CaptureDetail
      capture={{
        ...loaded.capture,
        name: captureName(loaded.capture.metadata, locale),
        pageUrl: urls.page,
        postUrl: urls.post,
        platformLabel: platformLabel(loaded.capture.metadata.post?.platform),
        ...(parent ? { parentCaptureId: parent.id } : {}),
        reports: reportLines(loaded.annotation, t, locale),
        imagesDeleted: Boolean(loaded.annotation?.imagesDeletedAt),
        derivedFiles: Object.values(loaded.files)
          .filter((file) => file.derivedFrom)
          .map((file) => ({ role: file.role, sha256: file.sha256 })),
      }}
      verification={verification}
      verifying={verifying}
      t={t}
      locale={locale}
      onBack={onBack}
      onOpenCapture={onOpenCapture}
      onReport={() => onReport(captureId)}
      describeProblem={(problem) => describeEvidenceProblem(problem, t, locale)}
      onVerify={async () => {
        setVerifying(true);
        try {
          setVerification(await verifyCapture(database, captureId, samePixels));
          if (sealState?.seal) {
            const { custom } = await readSealSettings();
            const { metadataSha256 } = loaded.capture;
            setSealCheck(await checkStoredSeal(sealState.seal, metadataSha256, custom.rootPem));
          }
        } finally {
          setVerifying(false);
        }
      }}
    >
      {seal && <SealStatus seal={seal} t={t} locale={locale} />}
      <NotesAndTags
        captureId={captureId}
        notes={loaded.annotation?.notes ?? []}
        tags={loaded.annotation?.tags ?? []}
        {...(knownTags ? { knownTags } : {})}
        t={t}
        locale={locale}
        onAddNote={async (text) => {
          await askBackground('addNote', { captureId, text });
        }}
        onSetTags={async (tags) => {
          await askBackground('setTags', { captureIds: [captureId], tags });
        }}
      />
    </CaptureDetail>
  );
}
