import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguageChoice, uiLocale } from '../i18n/ui-locale';
import {
  DEFAULT_PREFERENCES,
  parsePreferences,
  readPreferences,
  savePreferences,
  watchPreferences,
} from './preferences';

describe('preferences', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => setLanguageChoice('auto'));

  it('gives the defaults when nothing or something unreadable was saved, field by field', () => {
    expect(DEFAULT_PREFERENCES).toEqual({
      language: 'auto',
      capture: { postDetails: true, postCrop: true },
    });
    expect(parsePreferences(undefined)).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences('corrupt')).toEqual(DEFAULT_PREFERENCES);
    expect(
      parsePreferences({ language: 'de', capture: { postCrop: false, postDetails: 3 } }),
    ).toEqual({ language: 'auto', capture: { postCrop: false, postDetails: true } });
  });

  it('are saved, read back, and announced to every listener', async () => {
    const heard: unknown[] = [];
    const stop = watchPreferences((preferences) => heard.push(preferences));
    const chosen = { language: 'en', capture: { postDetails: false, postCrop: true } } as const;
    await savePreferences(chosen);
    expect(await readPreferences()).toEqual(chosen);
    expect(heard).toEqual([chosen]);
    stop();
  });

  it('set the interface language, or leave it to the browser', () => {
    setLanguageChoice('en');
    expect(uiLocale()).toBe('en');
    setLanguageChoice('fr');
    expect(uiLocale()).toBe('fr');
    setLanguageChoice('auto');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    expect(uiLocale()).toBe('en');
  });
});
