import { defineCheckedItem } from '../storage/checked-item';
import { z } from '../validation/zod';
import { preferencesMigrations } from './preferences-migrations';

/**
 * The user's preferences: what a capture records beyond the screenshot, which is always
 * taken. The interface language is a setting of its own (`interface-language.ts`).
 */
export const preferencesSchema = z.object({
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

/** Version 2 moved the language out to an item of its own (see the migrations). */
const preferences = defineCheckedItem('local:preferences', {
  schema: preferencesSchema,
  fallback: DEFAULT_PREFERENCES,
  version: 2,
  migrations: preferencesMigrations,
});

/** The saved preferences; a missing or damaged entry gives the defaults, field by field. */
export const readPreferences = preferences.read;
export const savePreferences = preferences.write;
/** Calls back with the new preferences whenever they change, from any page. */
export const watchPreferences = preferences.watch;
/** For tests: a context migrates the stored value once, when it loads this module. */
export const migratePreferences = preferences.migrate;
