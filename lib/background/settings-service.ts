import browser from 'webextension-polyfill';
import type { EvidenceDatabase } from '../evidence/database';
import type { BackgroundHandlers } from '../messaging/background-channel';
import { WELCOME_SHOWN_KEY } from './welcome';

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
      // The welcome page was seen: erasing the user's data does not make it new again.
      const welcome = await browser.storage.local.get(WELCOME_SHOWN_KEY);
      await browser.storage.local.clear();
      await browser.storage.local.set(welcome);
      // Form tabs being filled are forgotten too: nothing of the user is left.
      await browser.storage.session?.clear();
      await afterWipe();
      return {};
    },
  } satisfies Partial<BackgroundHandlers<browser.Runtime.MessageSender>>;
}
