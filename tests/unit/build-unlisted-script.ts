import path from 'node:path';
import { rolldown } from 'rolldown';

const root = path.resolve('.');
const WXT_WRAPPER = path.join(root, 'node_modules/wxt/dist/virtual/unlisted-script-entrypoint.mjs');

/**
 * Builds a script the extension injects into pages as WXT builds an unlisted script (its
 * wrapper around the entrypoint, minified, one IIFE), and says which modules went in, by their
 * paths from the repository's root.
 */
export async function buildUnlistedScript(
  entry: string,
): Promise<{ code: string; modules: string[] }> {
  const name = path.basename(entry, '.ts');
  const bundle = await rolldown({
    input: WXT_WRAPPER,
    platform: 'browser',
    // WXT's wrapper ends in an export the IIFE does not need, as in WXT's own build.
    checks: { missingNameOptionForIifeExport: false },
    transform: {
      define: {
        'import.meta.env.MODE': '"production"',
        'import.meta.env.ENTRYPOINT': JSON.stringify(name),
      },
    },
    plugins: [
      {
        name: 'wxt-virtual-modules',
        resolveId: (id) =>
          id === 'virtual:user-unlisted-script-entrypoint'
            ? path.join(root, entry)
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
