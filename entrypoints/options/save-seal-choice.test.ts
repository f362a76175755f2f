import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enableGrantedSites } from '../../lib/background/site-access';
import { translator } from '../../lib/i18n/translate';
import {
  DEFAULT_SEAL_SETTINGS,
  readSealSettings,
  type SealSettings,
} from '../../lib/settings/seal-settings';
import { saveSealChoice } from './save-seal-choice';

/**
 * The seal's host permission, against a small model of the browser: the origins granted, the
 * recorder's registrations, and the background's answer to each grant (enableGrantedSites).
 */
const granted = new Set<string>();
let registered: { id: string; matches: string[] }[] = [];
const requests: string[][] = [];
const PHAROS = 'https://www.internet-signalement.gouv.fr/*';

beforeEach(() => {
  fakeBrowser.reset();
  granted.clear();
  registered = [];
  requests.length = 0;
  Object.assign(fakeBrowser.permissions, {
    request: async ({ origins = [] }: { origins?: string[] }) => {
      requests.push(origins);
      const fresh = origins.filter((origin) => !granted.has(origin));
      fresh.forEach((origin) => granted.add(origin));
      // The browser tells the background of a new grant, and of nothing else.
      if (fresh.length > 0) await enableGrantedSites(fresh);
      return true;
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      origins.forEach((origin) => granted.delete(origin));
      return true;
    },
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async () => registered,
    registerContentScripts: async (scripts: { id: string; matches: string[] }[]) => {
      registered.push(...scripts);
    },
  });
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({ manifest_version: 3, host_permissions: ['https://www.reddit.com/*'] }),
  });
  fakeBrowser.tabs.query = async () => [];
});

const t = translator('fr');
const custom = (url: string, enabled = true): SealSettings => ({
  ...DEFAULT_SEAL_SETTINGS,
  enabled,
  authority: 'custom',
  custom: { url, rootPem: '-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n' },
});
const shipped = (authority: SealSettings['authority'], enabled = true): SealSettings => ({
  ...DEFAULT_SEAL_SETTINGS,
  enabled,
  authority,
});

it('asks for a custom authority’s origin exactly, and never sets the recorder running there', async () => {
  expect(await saveSealChoice(custom('http://127.0.0.1:8318/tsr/sign?policy=1'), t)).toBeNull();
  expect(requests).toEqual([['http://127.0.0.1:8318/*']]);
  expect(granted).toEqual(new Set(['http://127.0.0.1:8318/*']));
  expect(registered).toEqual([]);
  expect((await readSealSettings()).enabled).toBe(true);
});

it.each([
  ['turned off', custom('https://tsa.exemple.test/', false)],
  ['another authority chosen', shipped('digicert')],
])('gives the authority’s origin back when the seal is %s', async (_, next) => {
  await saveSealChoice(custom('https://tsa.exemple.test/'), t);
  expect(granted.has('https://tsa.exemple.test/*')).toBe(true);
  expect(await saveSealChoice(next, t)).toBeNull();
  expect(granted.has('https://tsa.exemple.test/*')).toBe(false);
});

it('gives a shipped authority’s origin back when the seal is turned off', async () => {
  await saveSealChoice(shipped('freetsa'), t);
  expect(granted).toEqual(new Set(['https://freetsa.org/*']));
  await saveSealChoice(shipped('freetsa', false), t);
  expect(granted).toEqual(new Set());
});

it('keeps a site the person opened to capture, which is also their authority, and its recorder', async () => {
  // Opened to capture first, from the popup's offer: the background registers the recorder.
  await browser.permissions.request({ origins: ['https://forum.exemple.test/*'] });
  expect(registered.map(({ id }) => id)).toEqual(['temoin-site:https://forum.exemple.test/*']);
  await saveSealChoice(custom('https://forum.exemple.test/tsa'), t);
  await saveSealChoice(custom('https://forum.exemple.test/tsa', false), t);
  expect(granted.has('https://forum.exemple.test/*')).toBe(true);
  expect(registered).toHaveLength(1);
});

it('opens to capture a site the seal asked for earlier, once the person grants it for that', async () => {
  await saveSealChoice(custom('https://tsa.exemple.test/'), t);
  await saveSealChoice(custom('https://tsa.exemple.test/', false), t);
  await browser.permissions.request({ origins: ['https://tsa.exemple.test/*'] });
  expect(registered.map(({ id }) => id)).toEqual(['temoin-site:https://tsa.exemple.test/*']);
});

it('never withdraws an origin another feature needs', async () => {
  granted.add(PHAROS);
  await saveSealChoice(custom('https://www.internet-signalement.gouv.fr/x'), t);
  await saveSealChoice(custom('https://www.internet-signalement.gouv.fr/x', false), t);
  expect(granted.has(PHAROS)).toBe(true);
});
