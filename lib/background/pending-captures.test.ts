import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPendingCaptures } from './pending-captures';

describe('pending captures', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts what a stopped worker left unfinished, once', async () => {
    const before = createPendingCaptures();
    await Promise.all(['a', 'b', 'c'].map((id) => before.add(id)));
    await before.remove('b');
    // A new worker starts: the same session storage, a new object.
    const after = createPendingCaptures();
    expect(await after.takeLeftovers()).toBe(2);
    expect(await after.takeLeftovers()).toBe(0);
  });

  it('keeps every entry when captures start and finish at once', async () => {
    const pending = createPendingCaptures();
    await Promise.all(Array.from({ length: 20 }, (_, index) => pending.add(String(index))));
    await Promise.all(Array.from({ length: 20 }, (_, index) => pending.remove(String(index))));
    expect(await pending.takeLeftovers()).toBe(0);
  });
});
