import type { Migrations } from '../storage/checked-item';
import { z } from '../validation/zod';
import { LANGUAGE_CHOICES } from './language-choice';
import { saveLanguageChoice } from './interface-language';

/**
 * Version 1, stored before settings had versions: the language and the capture choices in
 * one entry. Read leniently: a damaged field is left out rather than failing the migration.
 */
const version1Schema = z
  .object({
    language: z.enum(LANGUAGE_CHOICES).optional().catch(undefined),
    capture: z.unknown(),
  })
  .catch({ language: undefined, capture: undefined });

/**
 * Each version of the `preferences` entry from the one before. Version 2 moves the language
 * to its own entry: the pages read it before drawing and the background rebuilds its menu
 * when it changes, while the capture choices concern the background alone. A version 2
 * value saved after the storage was wiped (which drops versions too) goes through unchanged.
 */
export const preferencesMigrations: Migrations = {
  2: async (stored) => {
    const { language, capture } = version1Schema.parse(stored);
    if (language) await saveLanguageChoice(language);
    return capture === undefined ? {} : { capture };
  },
};
