import { defineCheckedItem } from '../storage/checked-item';
import { z } from '../validation/zod';
import { LANGUAGE_CHOICES, LANGUAGE_MIRROR_KEY, type LanguageChoice } from './language-choice';

/** The interface language chosen in the settings; `auto` follows the browser. */
const languageChoice = defineCheckedItem('local:language', {
  schema: z.enum(LANGUAGE_CHOICES),
  fallback: 'auto',
});

export const readLanguageChoice = languageChoice.read;
/** Calls back with the new choice whenever it changes, from any page. */
export const watchLanguageChoice = languageChoice.watch;

export async function saveLanguageChoice(language: LanguageChoice): Promise<void> {
  await languageChoice.write(language);
  mirrorLanguage(language);
}

/** Keeps the page's synchronous copy (see LANGUAGE_MIRROR_KEY) equal to the saved choice. */
export function mirrorLanguage(language: LanguageChoice): void {
  try {
    if (language === 'auto') globalThis.localStorage?.removeItem(LANGUAGE_MIRROR_KEY);
    else globalThis.localStorage?.setItem(LANGUAGE_MIRROR_KEY, language);
  } catch {
    // No page storage (service worker): the background reads the stored choice instead.
  }
}
