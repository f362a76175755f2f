import { fakeBrowser } from 'wxt/testing/fake-browser';
import { progressText, showBadge } from './badge';

/** A tab's own text ('' when it has none and shows the global one), or the global text. */
const badge = (tabId?: number) =>
  fakeBrowser.action.getBadgeText(tabId === undefined ? {} : { tabId });

describe('the badge during a selection or the tabs’ queue', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    [{ done: 3, total: 12 }, '3/12'],
    [{ done: 0, total: 1 }, '0/1'],
    [{ done: 40, total: 1200 }, '40'],
  ])('writes %o as « %s »', (run, text) => {
    expect(progressText(run)).toBe(text);
  });

  it('shows a selection’s progress on its tab only, and gives the tab the count back after', async () => {
    await showBadge({ stored: 7 });
    await showBadge({ run: { done: 2, total: 5 }, tabId: 4 });
    expect(await badge(4)).toBe('2/5');
    expect(await badge(5)).toBe('');
    expect(await badge()).toBe('7');
    await showBadge({ run: null, tabId: 4 });
    expect(await badge(4)).toBe('');
    expect(await badge()).toBe('7');
  });

  it('shows the queue’s progress on every tab, until the caller shows the count again', async () => {
    await showBadge({ stored: 7 });
    await showBadge({ run: { done: 3, total: 6 } });
    expect(await badge()).toBe('3/6');
    await showBadge({ run: null });
    expect(await badge()).toBe('3/6');
    await showBadge({ stored: 10 });
    expect(await badge()).toBe('10');
  });
});
