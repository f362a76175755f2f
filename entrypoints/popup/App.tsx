import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { Popup } from './components/Popup';
import {
  forgetLastOutcome,
  readLastOutcome,
  watchLastOutcome,
} from '../../lib/background/last-outcome';
import { captureName, capturedOn } from '../../lib/evidence/capture-name';
import { openEvidenceDatabase } from '../../lib/evidence/database';
import { translator } from '../../lib/i18n/translate';
import { uiLocale } from '../../lib/i18n/ui-locale';
import { askBackground } from '../../lib/messaging/ask-background';
import type { CaptureOutcome } from '../../lib/messaging/capture-outcome';
import { CaptureDetailFromStore } from '../../lib/extension-pages/CaptureDetailFromStore';
import { latestCaptures } from '../../lib/extension-pages/evidence-queries';
import { openReport } from '../../lib/extension-pages/open-report';
import { useObjectUrls } from '../../lib/extension-pages/object-urls';
import { useShortcuts } from '../../lib/extension-pages/shortcuts';
import { useLiveQuery } from '../../lib/extension-pages/use-live-query';
import { useSiteOffer } from './use-site-offer';
import type { PopupModerationAction } from './components/ModerationTools';
import { TabQueuePanel } from './components/TabQueuePanel';
import { useTabQueue } from './use-tab-queue';
import { readModeration, watchModeration } from '../../lib/settings/moderation';
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
  const [moderationOn, setModerationOn] = useState(false);
  const tabQueue = useTabQueue(t);
  useEffect(() => {
    void readModeration().then(({ enabled }) => setModerationOn(enabled));
    return watchModeration(({ enabled }) => setModerationOn(enabled));
  }, []);
  const shortcuts = useShortcuts();

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
  /** The capture just left by « Retour »: its button takes the focus back once drawn. */
  const backFrom = useRef<string | null>(null);
  useEffect(() => {
    if (openId || !backFrom.current || !latest) return;
    document
      .querySelector<HTMLElement>(`[data-capture-id="${CSS.escape(backFrom.current)}"]`)
      ?.focus();
    backFrom.current = null;
  }, [openId, latest]);

  if (openId) {
    return (
      <main>
        <CaptureDetailFromStore
          database={database}
          captureId={openId}
          t={t}
          locale={locale}
          onBack={() => {
            backFrom.current = openId;
            setOpenId(null);
          }}
          onOpenCapture={setOpenId}
          onReport={(captureId) => void openReport([captureId])}
        />
      </main>
    );
  }
  return (
    <Popup
      t={t}
      captures={latest?.map(({ capture, annotation }) => ({
        id: capture.id,
        name: captureName(capture.metadata, locale),
        capturedAt: capture.capturedAt,
        capturedOn: capturedOn(capture.capturedAt, locale),
        thumbnailUrl: thumbnailUrls[capture.id],
        reported: Boolean(annotation?.reports.length),
      }))}
      outcome={outcome}
      capturing={capturing}
      siteOffer={siteOffer.offer}
      practiceCount={practiceCount}
      shortcuts={shortcuts}
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
      onSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      onDismissOutcome={() => {
        setOutcome(null);
        void forgetLastOutcome();
      }}
      {...(moderationOn
        ? {
            moderation: {
              // The page takes over (its overlay or its selection): the popup steps aside.
              onAction: (action: PopupModerationAction) =>
                void askBackground('moderate', { action }).then(() => window.close()),
              queue: (
                <TabQueuePanel
                  t={t}
                  queue={tabQueue.queue}
                  problem={tabQueue.problem}
                  onStart={() => void tabQueue.start()}
                  onControl={tabQueue.control}
                />
              ),
            },
          }
        : {})}
    />
  );
}
