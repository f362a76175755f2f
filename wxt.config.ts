import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { manifestCommands } from './lib/shortcuts';
import { supportedSiteMatches } from './lib/sites/supported-sites';

// A benchmark build exposes the capture pipeline to the benchmark script; it is written to
// its own folder so it can never be mistaken for the release build.
const benchmarkBuild = process.env.TEMOIN_BUILD === 'bench';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  outDirTemplate: benchmarkBuild
    ? '{{browser}}-mv{{manifestVersion}}-bench'
    : '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  vite: () => ({
    plugins: [preact()],
    define: { __BENCHMARK_BUILD__: JSON.stringify(benchmarkBuild) },
    build: { minify: process.env.TEMOIN_NO_MINIFY ? false : undefined },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'fr',
    permissions: [
      'activeTab',
      'contextMenus',
      'downloads',
      'scripting',
      'storage',
      'unlimitedStorage',
      // Chrome's worker builds and checks the seal's timestamps in an offscreen document.
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // The benchmark drives captures without a user gesture, so only it gets every host.
    ...(benchmarkBuild ? { host_permissions: ['<all_urls>'] } : {}),
    // `<all_urls>`: asked only for a moderator's all-tabs capture (Chrome's captureVisibleTab
    // shoots a tab not clicked only with it), and given back when the queue ends.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*', 'http://*/*', '<all_urls>'] }
      : { optional_permissions: ['https://*/*', 'http://*/*', '<all_urls>'] }),
    commands: manifestCommands(manifestVersion),
    action: { default_title: '__MSG_extensionName__' },
    // All that runs on the supported sites before a capture: the right-click recorder
    // (entrypoints/right-click-recorder.ts), an unlisted script so that WXT's content-script
    // wrapper does not add the browser API polyfill to it. The page agent is injected on demand.
    content_scripts: [
      {
        matches: supportedSiteMatches(),
        js: ['right-click-recorder.js'],
        run_at: 'document_start',
        all_frames: true,
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'temoin@temoin.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
