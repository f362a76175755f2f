import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { Popup } from '../../components/Popup';
import { readLastOutcome, watchLastOutcome } from '../background/last-outcome';
import { openEvidenceDatabase } from '../evidence/database';
import { translator } from '../i18n/translate';
import { uiLocale } from '../i18n/ui-locale';
import { askBackground } from '../messaging/ask-background';
import type { CaptureOutcome } from '../messaging/capture-outcome';
import { CaptureDetailView } from './capture-detail-view';
import { latestCaptures } from './evidence-queries';
import { openReport } from './open-report';
import { useObjectUrls } from './object-urls';
import { useLiveQuery } from './use-live-query';
import { useSiteOffer } from './use-site-offer';

const LATEST_COUNT = 8;

/** The toolbar popup: capture the tab, see the latest captures, open and verify one. */
export function PopupApp() {
  const database = useMemo(() => openEvidenceDatabase(), []);
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
      <CaptureDetailView
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
      onLibrary={() => void askBackground('openLibrary', {}).then(() => window.close())}
    />
  );
}
