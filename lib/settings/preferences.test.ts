import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguageChoice, uiLocale } from '../i18n/ui-locale';
import { readLanguageChoice, saveLanguageChoice, watchLanguageChoice } from './interface-language';
import {
  DEFAULT_PREFERENCES,
  readPreferences,
  savePreferences,
  watchPreferences,
} from './preferences';
import { NO_IDENTITY, readReporterIdentity, saveReporterIdentity } from './reporter-identity';

/** A value as the current version stores it, written behind the settings' back. */
const store = (values: Record<string, unknown>) =>
  fakeBrowser.storage.local.set({ ...values, preferences$: { v: 2 } });

describe('preferences', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => setLanguageChoice('auto'));

  it('default to capturing everything', () => {
    expect(DEFAULT_PREFERENCES).toEqual({ capture: { postDetails: true, postCrop: true } });
  });

  it.each<[string, unknown, unknown]>([
    ['nothing', undefined, DEFAULT_PREFERENCES],
    ['something unreadable', 'corrupt', DEFAULT_PREFERENCES],
    [
      'a damaged field',
      { capture: { postCrop: false, postDetails: 3 } },
      { capture: { postCrop: false, postDetails: true } },
    ],
  ])('give the defaults, field by field, when %s was saved', async (_name, saved, expected) => {
    await store({ preferences: saved });
    expect(await readPreferences()).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['an unknown language', 'de'],
    ['a number', 3],
  ])('read the browser’s language when %s was saved', async (_name, saved) => {
    await store({ language: saved });
    expect(await readLanguageChoice()).toBe('auto');
  });

  it('read no identity when a damaged one was saved', async () => {
    await store({ reporterIdentity: { lastName: 'Martin', email: 'not an address' } });
    expect(await readReporterIdentity()).toEqual(NO_IDENTITY);
  });

  it('are saved, read back, and announced to every listener', async () => {
    const heard: unknown[] = [];
    const stop = watchPreferences((preferences) => heard.push(preferences));
    const stopLanguage = watchLanguageChoice((language) => heard.push(language));
    const chosen = { capture: { postDetails: false, postCrop: true } };
    await savePreferences(chosen);
    await saveLanguageChoice('en');
    expect(await readPreferences()).toEqual(chosen);
    expect(await readLanguageChoice()).toBe('en');
    expect(heard).toEqual([chosen, 'en']);
    stop();
    stopLanguage();
  });

  it('refuse to save an identity that is not valid', async () => {
    const identity = { ...NO_IDENTITY, email: 'not an address' };
    await expect(saveReporterIdentity(identity)).rejects.toThrow();
    expect(await readReporterIdentity()).toEqual(NO_IDENTITY);
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
