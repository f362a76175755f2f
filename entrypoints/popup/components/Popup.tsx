import type { ComponentChildren } from 'preact';
import {
  ShortcutList,
  type Shortcut,
  type ShortcutSettings,
} from '../../../components/ShortcutList';
import type { Translate } from '../../../lib/i18n/translate';
import type { CaptureOutcome } from '../../../lib/messaging/capture-outcome';
import { CaptureList, type CaptureSummary } from './CaptureList';
import { ModerationTools, type PopupModerationAction } from './ModerationTools';
import { OutcomeNotice } from './OutcomeNotice';
import { PracticeNotice } from './PracticeNotice';
import { SiteOffer } from './SiteOffer';

export function Popup({
  t,
  captures,
  outcome,
  capturing,
  siteOffer,
  practiceCount,
  shortcuts,
  onCapture,
  onOpen,
  onEnableSite,
  onPractice,
  onClearPractice,
  onLibrary,
  onSettings,
  onDismissOutcome,
  moderation,
}: {
  t: Translate;
  captures: CaptureSummary[] | undefined;
  outcome: CaptureOutcome | null;
  capturing: boolean;
  siteOffer: { host: string; enabled: boolean } | null;
  practiceCount: number;
  /** The shortcuts as the browser binds them now. */
  shortcuts: { shortcuts: Shortcut[]; settings: ShortcutSettings } | undefined;
  onCapture: () => void;
  onOpen: (id: string) => void;
  onEnableSite: () => void;
  onPractice: () => void;
  onClearPractice: () => void;
  onLibrary: () => void;
  onSettings: () => void;
  onDismissOutcome: () => void;
  /** The moderation tools, when they are on. */
  moderation?: { onAction: (action: PopupModerationAction) => void; queue?: ComponentChildren };
}) {
  return (
    <main class="stack">
      <div class="row">
        <h1>{t('popup.title')}</h1>
      </div>
      {/* The capture comes first, for the keyboard too; then how the last one went. */}
      <button type="button" class="primary" onClick={onCapture} disabled={capturing}>
        {capturing ? t('popup.capturing') : t('popup.captureTab')}
      </button>
      <OutcomeNotice outcome={outcome} t={t} onDismiss={onDismissOutcome} />
      {siteOffer && <SiteOffer {...siteOffer} t={t} onEnable={onEnableSite} />}
      {moderation && (
        <ModerationTools t={t} onAction={moderation.onAction}>
          {moderation.queue}
        </ModerationTools>
      )}
      <section aria-labelledby="latest-title" class="stack" style={{ padding: 0 }}>
        <h2 id="latest-title">{t('popup.latest')}</h2>
        {captures && <CaptureList captures={captures} t={t} onOpen={onOpen} />}
      </section>
      <PracticeNotice count={practiceCount} t={t} onOpen={onPractice} onClear={onClearPractice} />
      <div class="row wrap">
        <button type="button" onClick={onLibrary}>
          {t('library.open')}
        </button>
        <button type="button" onClick={onPractice}>
          {t('popup.practice')}
        </button>
        <button type="button" onClick={onSettings}>
          {t('settings.open')}
        </button>
      </div>
      {shortcuts && <ShortcutList {...shortcuts} t={t} />}
    </main>
  );
}
