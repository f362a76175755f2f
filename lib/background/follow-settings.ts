import { translator } from '../i18n/translate';
import { setLanguageChoice, uiLocale } from '../i18n/ui-locale';
import { readLanguageChoice, watchLanguageChoice } from '../settings/interface-language';
import type { LanguageChoice } from '../settings/language-choice';
import { readModeration, watchModeration, type ModerationSettings } from '../settings/moderation';
import {
  readPreferences,
  watchPreferences,
  type CapturePreferences,
} from '../settings/preferences';
import { createCaptureMenu } from './capture-menu';

/**
 * The saved settings as the background uses them: read once per start, then kept current, so
 * every capture and message follows the last choice made on any page. The menu is rebuilt in
 * the new language when the language changes, and with or without the moderation tools.
 */
export function followSettings(): {
  capturePreferences: () => Promise<CapturePreferences>;
  moderation: () => Promise<ModerationSettings>;
} {
  let preferences = readPreferences();
  watchPreferences((next) => {
    preferences = Promise.resolve(next);
  });
  let moderation = readModeration();
  const rebuildMenu = async () =>
    createCaptureMenu(translator(uiLocale()), (await moderation).enabled);
  watchModeration((next) => {
    const previous = moderation;
    moderation = Promise.resolve(next);
    void previous.then(async ({ enabled }) => {
      if (enabled !== next.enabled) await rebuildMenu();
    });
  });
  const applyLanguage = async (language: LanguageChoice) => {
    setLanguageChoice(language);
    await rebuildMenu();
  };
  watchLanguageChoice((language) => void applyLanguage(language));
  void readLanguageChoice().then(applyLanguage);
  return {
    capturePreferences: async () => (await preferences).capture,
    moderation: () => moderation,
  };
}
