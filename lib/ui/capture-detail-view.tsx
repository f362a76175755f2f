import { useMemo, useState } from 'preact/hooks';
import { CaptureDetail } from '../../components/CaptureDetail';
import type { EvidenceDatabase } from '../evidence/database';
import { samePixels } from '../capture/same-pixels';
import { verifyCapture, type Verification } from '../evidence/verify-capture';
import type { Locale, Translate } from '../i18n/translate';
import { captureWithFiles } from './evidence-queries';
import { useObjectUrls } from './object-urls';
import { useLiveQuery } from './use-live-query';

/** Loads one capture and its pictures, and verifies its hashes on request. */
export function CaptureDetailView({
  database,
  captureId,
  t,
  locale,
  onBack,
}: {
  database: EvidenceDatabase;
  captureId: string;
  t: Translate;
  locale: Locale;
  onBack: () => void;
}) {
  const loaded = useLiveQuery(() => captureWithFiles(database, captureId), [captureId]);
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
  if (!loaded) return null;
  return (
    <CaptureDetail
      capture={{
        ...loaded.capture,
        pageUrl: urls.page,
        postUrl: urls.post,
        derivedFiles: Object.values(loaded.files)
          .filter((file) => file.derivedFrom)
          .map((file) => ({ role: file.role, sha256: file.sha256 })),
      }}
      verification={verification}
      verifying={verifying}
      t={t}
      locale={locale}
      onBack={onBack}
      onVerify={async () => {
        setVerifying(true);
        try {
          setVerification(await verifyCapture(database, captureId, samePixels));
        } finally {
          setVerifying(false);
        }
      }}
    />
  );
}
