import { gzipSync } from 'node:zlib';
import { buildUnlistedScript } from './build-unlisted-script';

/** What the manifest injects into every frame of the supported sites, gzipped, at most. */
export const RECORDER_BUDGET_GZIP_BYTES = 3 * 1024;

const ENTRY = 'entrypoints/right-click-recorder.ts';

describe('the right-click recorder', () => {
  let built: { code: string; modules: string[] };
  beforeAll(async () => {
    built = await buildUnlistedScript(ENTRY);
  }, 60_000);

  it(`stays within ${RECORDER_BUDGET_GZIP_BYTES} bytes gzipped`, () => {
    expect(gzipSync(built.code).length).toBeLessThanOrEqual(RECORDER_BUDGET_GZIP_BYTES);
  });

  it('is made of its history and WXT’s wrapper only', () => {
    expect(built.modules.sort()).toEqual([
      'entrypoints/right-click-recorder.ts',
      'lib/agent/right-click-history.ts',
      'lib/agent/right-click-recorder.ts',
      'node_modules/wxt/dist/utils/define-unlisted-script.mjs',
      'node_modules/wxt/dist/virtual/unlisted-script-entrypoint.mjs',
      'wxt-plugins',
    ]);
  });

  it.each([
    ['the store', /dexie|lib\/evidence/],
    ['zod', /zod|lib\/validation/],
    ['Preact', /preact/],
    ['an extractor', /lib\/sites/],
    ['the browser API polyfill', /webextension-polyfill/],
    ['messaging', /lib\/messaging/],
  ])('does not pull in %s', (_name, pattern) => {
    expect(built.modules.filter((module) => pattern.test(module))).toEqual([]);
  });
});
