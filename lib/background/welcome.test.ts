import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { welcomeOnInstall } from './welcome';

const welcomeTabs = async () =>
  (await browser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html'));

describe('welcomeOnInstall', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the welcome page on a real install', async () => {
    expect(await welcomeOnInstall('install')).toBe(true);
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it.each(['update', 'browser_update', 'shared_module_update'])(
    'opens nothing on %s',
    async (reason) => {
      expect(await welcomeOnInstall(reason)).toBe(false);
      expect(await welcomeTabs()).toHaveLength(0);
    },
  );

  it('never opens it twice, though an unpacked extension is installed at every start', async () => {
    await welcomeOnInstall('install');
    expect(await welcomeOnInstall('install')).toBe(false);
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it.each([
    ['in front of another site', 'https://www.exemple.fr/', true],
    ['behind a Témoin page already in front (npm start’s practice page)', '/practice.html', false],
  ])('opens it %s', async (_case, address, inFront) => {
    const url = address.startsWith('/') ? browser.runtime.getURL(address) : address;
    await browser.tabs.create({ url, active: true });
    await welcomeOnInstall('install');
    expect((await welcomeTabs()).map((tab) => tab.active)).toEqual([inFront]);
  });
});
