import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FillPlan } from '../messaging/fill-plan';
import {
  forgetFormTab,
  onFormTabUpdated,
  openFormTab,
  planForTab,
  rememberPlaced,
} from './form-tabs';

const plan: FillPlan = {
  form: 'pharos',
  locale: 'fr',
  values: [{ key: 'url', kind: 'text', value: 'https://x.com/a/status/1' }],
};
const PHAROS_PAGE = 'https://www.internet-signalement.gouv.fr/PharosS1/etape-2.html';

describe('form tabs', () => {
  const executeScript = vi.fn(() => Promise.resolve([]));
  beforeEach(() => {
    fakeBrowser.reset();
    executeScript.mockClear();
    Object.assign(browser, { scripting: { executeScript } });
  });

  it('gives the plan only to the tab opened from Témoin, and only on the form’s site', async () => {
    const tabId = await openFormTab(plan);
    expect(await planForTab(tabId, PHAROS_PAGE)).toEqual({ plan, alreadyPlaced: [] });
    expect(await planForTab(tabId + 1, PHAROS_PAGE)).toBeNull();
    expect(await planForTab(tabId, 'https://internet-signalement.exemple/PharosS1/')).toBeNull();
    expect(await planForTab(undefined, PHAROS_PAGE)).toBeNull();
  });

  it('remembers what earlier pages placed, without losing concurrent updates', async () => {
    const tabId = await openFormTab(plan);
    const placed = (key: 'category' | 'isVictim' | 'url', label: string) => ({
      key,
      labels: [label],
    });
    await Promise.all([
      rememberPlaced(tabId, [placed('category', 'Type de contenu')]),
      rememberPlaced(tabId, [placed('isVictim', 'Êtes-vous victime ?')]),
      rememberPlaced(tabId, [placed('category', 'Catégorie'), placed('url', 'Lien')]),
    ]);
    const remembered = (await planForTab(tabId, PHAROS_PAGE))?.alreadyPlaced ?? [];
    expect(remembered.sort((left, right) => left.key.localeCompare(right.key))).toEqual([
      placed('category', 'Catégorie'),
      placed('isVictim', 'Êtes-vous victime ?'),
      placed('url', 'Lien'),
    ]);
  });

  it('fills each loaded page of a tracked tab, and forgets a tab that leaves the form', async () => {
    const tabId = await openFormTab(plan);
    await onFormTabUpdated(tabId, PHAROS_PAGE);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId },
      files: ['/form-filler.js'],
    });
    await onFormTabUpdated(tabId, 'https://ailleurs.exemple/');
    expect(await planForTab(tabId, PHAROS_PAGE)).toBeNull();
    await onFormTabUpdated(tabId, PHAROS_PAGE);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('forgets a tab whose new page the background cannot see: another site', async () => {
    const tabId = await openFormTab(plan);
    await onFormTabUpdated(tabId, undefined);
    expect(await planForTab(tabId, PHAROS_PAGE)).toBeNull();
    await onFormTabUpdated(tabId, PHAROS_PAGE);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('never fills a tab it did not open', async () => {
    await onFormTabUpdated(42, PHAROS_PAGE);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('forgets a closed tab', async () => {
    const tabId = await openFormTab(plan);
    await forgetFormTab(tabId);
    expect(await planForTab(tabId, PHAROS_PAGE)).toBeNull();
  });
});
