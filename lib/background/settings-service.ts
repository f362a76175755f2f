import browser from 'webextension-polyfill';
import type { EvidenceDatabase } from '../evidence/database';
import type { BackgroundHandlers } from '../messaging/background-channel';

/** What the settings page asks of the background. */
export function createSettingsService(
  database: EvidenceDatabase,
  { afterWipe }: { afterWipe: () => Promise<void> },
) {
  return {
    /** Erases every capture, log, case and setting: asked only after a typed confirmation. */
    async wipeEverything() {
      await database.delete();
      await database.open();
      await browser.storage.local.clear();
      // Form tabs being filled are forgotten too: nothing of the user is left.
      await browser.storage.session?.clear();
      await afterWipe();
      return {};
    },
  } satisfies Partial<BackgroundHandlers<browser.Runtime.MessageSender>>;
}
