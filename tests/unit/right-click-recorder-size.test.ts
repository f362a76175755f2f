import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';

/** What the manifest injects into every frame of the supported sites, gzipped, at most. */
export const RECORDER_BUDGET_GZIP_BYTES = 3 * 1024;

const root = path.resolve('.');
const WXT_WRAPPER = path.join(root, 'node_modules/wxt/dist/virtual/unlisted-script-entrypoint.mjs');
const ENTRY = path.join(root, 'entrypoints/right-click-recorder.ts');

/**
 * Builds the recorder as WXT builds an unlisted script (its wrapper around the entrypoint,
 * minified, one IIFE), and says which modules went in.
 */
async function buildRecorder(): Promise<{ code: string; modules: string[] }> {
  const bundle = await rolldown({
    input: WXT_WRAPPER,
    platform: 'browser',
    // WXT's wrapper ends in an export the IIFE does not need, as in WXT's own build.
    checks: { missingNameOptionForIifeExport: false },
    transform: {
      define: {
        'import.meta.env.MODE': '"production"',
        'import.meta.env.ENTRYPOINT': '"right-click-recorder"',
      },
    },
    plugins: [
      {
        name: 'wxt-virtual-modules',
        resolveId: (id) =>
          id === 'virtual:user-unlisted-script-entrypoint'
            ? ENTRY
            : id === 'virtual:wxt-plugins'
              ? '\0wxt-plugins'
              : null,
        load: (id) => (id === '\0wxt-plugins' ? 'export function initPlugins() {}' : null),
      },
    ],
  });
  const { output } = await bundle.generate({ format: 'iife', minify: true });
  await bundle.close();
  const [chunk] = output;
  return {
    code: chunk.code,
    modules: chunk.moduleIds.map((id) => path.relative(root, id.replace(/^\0/, ''))),
  };
}

describe('the right-click recorder', () => {
  let built: { code: string; modules: string[] };
  beforeAll(async () => {
    built = await buildRecorder();
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
