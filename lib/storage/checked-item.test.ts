import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from '../validation/zod';
import { defineCheckedItem } from './checked-item';

const tabs = defineCheckedItem('session:testTabs', {
  schema: z.record(z.string(), z.object({ placed: z.array(z.string()) })),
  fallback: {},
});

describe('checked storage items', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a value of another shape', { 7: { placed: 'url' } }],
    ['a value of another type', 'corrupt'],
  ])('read the fallback when %s is stored', async (_name, stored) => {
    await fakeBrowser.storage.session.set({ testTabs: stored });
    expect(await tabs.read()).toEqual({});
  });

  it('give a fresh fallback each time, which a caller may change', async () => {
    const first = await tabs.read();
    first['7'] = { placed: ['url'] };
    expect(await tabs.read()).toEqual({});
  });

  it('write only a valid value, and read it back', async () => {
    await expect(tabs.write({ 7: { placed: 3 } } as never)).rejects.toThrow();
    await tabs.write({ 7: { placed: ['url'] } });
    expect(await tabs.read()).toEqual({ 7: { placed: ['url'] } });
  });
});
