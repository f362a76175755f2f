import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { Popup } from './components/Popup';
import { readLastOutcome, watchLastOutcome } from '../../lib/background/last-outcome';
import { openEvidenceDatabase } from '../../lib/evidence/database';
import { translator } from '../../lib/i18n/translate';
import { uiLocale } from '../../lib/i18n/ui-locale';
import { askBackground } from '../../lib/messaging/ask-background';
import type { CaptureOutcome } from '../../lib/messaging/capture-outcome';
import { CaptureDetailFromStore } from '../../lib/extension-pages/CaptureDetailFromStore';
import { latestCaptures } from '../../lib/extension-pages/evidence-queries';
import { openReport } from '../../lib/extension-pages/open-report';
import { useObjectUrls } from '../../lib/extension-pages/object-urls';
import { useLiveQuery } from '../../lib/extension-pages/use-live-query';
import { useSiteOffer } from './use-site-offer';
import { clearPractice, openPracticeDatabase } from '../../lib/practice/practice-store';

const LATEST_COUNT = 8;

/** The toolbar popup: capture the tab, see the latest captures, open and verify one. */
export function PopupApp() {
  const database = useMemo(() => openEvidenceDatabase(), []);
  const practice = useMemo(() => openPracticeDatabase(), []);
  const locale = uiLocale();
  const t = useMemo(() => translator(locale), [locale]);
  const [openId, setOpenId] = useState<string | null>(() =>
    new URLSearchParams(location.hash.slice(1)).get('capture'),
  );
  const [outcome, setOutcome] = useState<CaptureOutcome | null>(null);
  const [capturing, setCapturing] = useState(false);
  const siteOffer = useSiteOffer();

  useEffect(() => {
    document.documentElement.lang = locale;
    void readLastOutcome().then((remembered) => setOutcome(remembered?.outcome ?? null));
    void askBackground('wake', {}).catch(() => undefined);
    return watchLastOutcome((remembered) => setOutcome(remembered?.outcome ?? null));
  }, [locale]);

  const latest = useLiveQuery(() => latestCaptures(database, LATEST_COUNT), []);
  const practiceCount = useLiveQuery(() => practice.captures.count(), []) ?? 0;
  const thumbnails = useMemo(
    () =>
      latest &&
      Object.fromEntries(
        latest.flatMap(({ capture, thumbnail }) => (thumbnail ? [[capture.id, thumbnail]] : [])),
      ),
    [latest],
  );
  const thumbnailUrls = useObjectUrls(thumbnails);

  if (openId) {
    return (
      <CaptureDetailFromStore
        database={database}
        captureId={openId}
        t={t}
        locale={locale}
        onBack={() => setOpenId(null)}
        onOpenCapture={setOpenId}
        onReport={(captureId) => void openReport([captureId])}
      />
    );
  }
  return (
    <Popup
      t={t}
      locale={locale}
      captures={latest?.map(({ capture, annotation }) => ({
        id: capture.id,
        // The practice page lives at the extension's own address: its title says more.
        host: /^https?:/.test(capture.metadata.page.url) ? capture.host : '',
        capturedAt: capture.capturedAt,
        title: capture.metadata.page.title,
        thumbnailUrl: thumbnailUrls[capture.id],
        reported: Boolean(annotation?.reports.length),
      }))}
      outcome={outcome}
      capturing={capturing}
      siteOffer={siteOffer.offer}
      practiceCount={practiceCount}
      onCapture={async () => {
        setCapturing(true);
        try {
          setOutcome(await askBackground('captureActiveTab', {}));
        } finally {
          setCapturing(false);
        }
      }}
      onOpen={setOpenId}
      onEnableSite={siteOffer.enable}
      onPractice={() => void browser.tabs.create({ url: browser.runtime.getURL('/practice.html') })}
      onClearPractice={() => void clearPractice(practice)}
      onLibrary={() => void askBackground('openLibrary', {}).then(() => window.close())}
    />
  );
}
