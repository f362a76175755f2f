import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLanguageChoice } from './interface-language';
import { DEFAULT_PREFERENCES, migratePreferences, readPreferences } from './preferences';

describe('the preferences’ migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each<[string, unknown, unknown, string]>([
    [
      'the language and capture choices stored together (version 1)',
      { language: 'en', capture: { postDetails: false, postCrop: true } },
      { capture: { postDetails: false, postCrop: true } },
      'en',
    ],
    [
      'the browser’s language and full captures (version 1)',
      { language: 'auto', capture: { postDetails: true, postCrop: true } },
      DEFAULT_PREFERENCES,
      'auto',
    ],
    ['a damaged version 1 entry', 'corrupt', DEFAULT_PREFERENCES, 'auto'],
    [
      'a version 1 entry with damaged fields',
      { language: 'de', capture: { postCrop: false, postDetails: 3 } },
      { capture: { postCrop: false, postDetails: true } },
      'auto',
    ],
    [
      'a version 2 entry saved after a wipe removed the versions',
      { capture: { postDetails: false, postCrop: false } },
      { capture: { postDetails: false, postCrop: false } },
      'auto',
    ],
  ])('bring %s to version 2', async (_name, stored, preferences, language) => {
    await fakeBrowser.storage.local.set({ preferences: stored });
    await migratePreferences();
    expect(await fakeBrowser.storage.local.get('preferences$')).toEqual({ preferences$: { v: 2 } });
    expect(await readPreferences()).toEqual(preferences);
    expect(await readLanguageChoice()).toBe(language);
  });

  it('move the language out of the preferences into its own entry', async () => {
    await fakeBrowser.storage.local.set({
      preferences: { language: 'fr', capture: { postDetails: true, postCrop: false } },
    });
    await migratePreferences();
    expect(await fakeBrowser.storage.local.get(['preferences', 'language'])).toEqual({
      preferences: { capture: { postDetails: true, postCrop: false } },
      language: 'fr',
    });
  });

  it('leave an empty storage empty', async () => {
    await migratePreferences();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });
});
