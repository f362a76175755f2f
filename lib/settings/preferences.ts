import browser from 'webextension-polyfill';
import { z } from '../validation/zod';
import { LANGUAGE_CHOICES, LANGUAGE_MIRROR_KEY, type LanguageChoice } from './language-choice';

/**
 * The user's preferences: the interface language, and what a capture records beyond the
 * screenshot, which is always taken. Kept in the extension's local storage.
 */
export const preferencesSchema = z.object({
  /** `auto` follows the browser: French unless it is in English. */
  language: z.enum(LANGUAGE_CHOICES).catch('auto'),
  capture: z
    .object({
      /** Read the post's author, text, time and address from the page. */
      postDetails: z.boolean().catch(true),
      /** Cut the post out of the screenshot (its place is always what the page reported). */
      postCrop: z.boolean().catch(true),
    })
    .catch({ postDetails: true, postCrop: true }),
});
export type Preferences = z.infer<typeof preferencesSchema>;
export type CapturePreferences = Preferences['capture'];

/** What every missing or damaged field falls back to. */
export const DEFAULT_PREFERENCES: Preferences = preferencesSchema.parse({});

const KEY = 'preferences';

/** The saved preferences; a missing or damaged entry gives the defaults, field by field. */
export function parsePreferences(stored: unknown): Preferences {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_PREFERENCES;
  return preferencesSchema.parse(stored);
}

export async function readPreferences(): Promise<Preferences> {
  return parsePreferences((await browser.storage.local.get(KEY))[KEY]);
}

export async function savePreferences(preferences: Preferences): Promise<void> {
  await browser.storage.local.set({ [KEY]: preferencesSchema.parse(preferences) });
  mirrorLanguage(preferences.language);
}

export function mirrorLanguage(language: LanguageChoice): void {
  try {
    if (language === 'auto') globalThis.localStorage?.removeItem(LANGUAGE_MIRROR_KEY);
    else globalThis.localStorage?.setItem(LANGUAGE_MIRROR_KEY, language);
  } catch {
    // No page storage (service worker): the background reads storage.local instead.
  }
}

/** Calls back with the new preferences whenever they change, from any page. */
export function watchPreferences(callback: (preferences: Preferences) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && KEY in changes) callback(parsePreferences(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
