import { translator } from '../i18n/translate';
import { setLanguageChoice, uiLocale } from '../i18n/ui-locale';
import { readLanguageChoice, watchLanguageChoice } from '../settings/interface-language';
import type { LanguageChoice } from '../settings/language-choice';
import {
  readPreferences,
  watchPreferences,
  type CapturePreferences,
} from '../settings/preferences';
import { createCaptureMenu } from './capture-menu';

/**
 * The saved settings as the background uses them: read once per start, then kept current, so
 * every capture and message follows the last choice made on any page. The menu is rebuilt in
 * the new language when the language changes.
 */
export function followSettings(): { capturePreferences: () => Promise<CapturePreferences> } {
  let preferences = readPreferences();
  watchPreferences((next) => {
    preferences = Promise.resolve(next);
  });
  const applyLanguage = async (language: LanguageChoice) => {
    setLanguageChoice(language);
    await createCaptureMenu(translator(uiLocale()));
  };
  watchLanguageChoice((language) => void applyLanguage(language));
  void readLanguageChoice().then(applyLanguage);
  return { capturePreferences: async () => (await preferences).capture };
}
