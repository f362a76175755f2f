import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Each zone: files under `target` may not import anything under `from` (but its `except`).
// A package resolves to its own folder or, for the type checker, to its @types folder.
const POLYFILL = [
  './node_modules/webextension-polyfill',
  './node_modules/@types/webextension-polyfill',
];
const STORE = ['./node_modules/dexie', './lib/evidence/database.ts'];
const FULL_ZOD = './lib/validation/zod.ts';
const UI = ['./node_modules/preact', './components', './entrypoints', './lib/extension-pages'];
const RECORDER = [
  './lib/agent/right-click-recorder.ts',
  './lib/agent/right-click-history.ts',
  './entrypoints/right-click-recorder.ts',
];
const LAYERS = [
  {
    // The right-click recorder runs in every frame of the supported sites: nothing but itself.
    target: RECORDER,
    from: './lib',
    except: ['./agent/right-click-recorder.ts', './agent/right-click-history.ts'],
    message:
      'The right-click recorder imports nothing but its history (a unit test keeps it small).',
  },
  {
    target: RECORDER,
    from: './node_modules',
    except: ['./wxt'],
    message: 'The right-click recorder loads no package: no polyfill, no zod, no store, no UI.',
  },
  {
    // The content-script page agent runs beside untrusted pages: small, no store, no UI.
    target: ['./lib/agent', './entrypoints/page-agent-*.ts'],
    from: [...STORE, FULL_ZOD, ...UI, './lib/evidence', './lib/background', './lib/capture'],
    message: 'The page agent loads no store, no full zod, no pages and no background code.',
  },
  {
    target: './lib/agent',
    from: './lib',
    except: ['./agent', './sites', './messaging', './validation', './time'],
    message: 'The page agent reads sites and speaks through messaging only.',
  },
  {
    // The thread agent is injected beside untrusted pages too: the same limits as the page agent.
    target: [
      './lib/thread/!(capture-thread|thread-store|thread-store.test|thread-records|stitch-thread|crop-posts|verify-thread|verify-thread.test|screen-writer|screen-writer.test|thread-contents|thread-loop|resume-thread|reveal-record.test).ts',
      './entrypoints/thread-agent.ts',
    ],
    from: [...STORE, FULL_ZOD, ...UI, './lib/evidence', './lib/background', './lib/capture'],
    message: 'The thread agent loads no store, no full zod, no pages and no background code.',
  },
  {
    // The form filler runs inside an official form's page: Zod Mini, no store.
    target: './lib/form-filler',
    from: [...STORE, FULL_ZOD, ...UI],
    message: 'The form filler uses Zod Mini and loads no store and no pages.',
  },
  {
    target: './lib/form-filler',
    from: './lib',
    except: [
      './form-filler',
      './pharos/field-patterns.ts',
      './messaging/define-channel.ts',
      './messaging/fill-plan.ts',
      './messaging/form-channel.ts',
      './validation/zod-mini.ts',
      './validation/no-eval.ts',
      './i18n',
    ],
    message: 'The form filler takes its plan through the form channel and nothing else.',
  },
  {
    target: './lib/form-filler/**/!(start-in-tab).ts',
    from: POLYFILL,
    message: 'Only start-in-tab.ts talks to the browser.',
  },
  {
    // Components take props and call callbacks: no browser, no store, no messaging.
    target: './components',
    from: [
      ...POLYFILL,
      './node_modules/wxt',
      ...STORE,
      './lib/messaging',
      './lib/background',
      './lib/capture',
      './lib/extension-pages',
      './entrypoints',
    ],
    message: 'Components take props and call callbacks.',
  },
  {
    // The foundations: sites knowledge and the channels depend on nothing above them.
    target: './lib/sites',
    from: './lib',
    except: ['./sites', './validation', './time'],
    message: 'lib/sites depends only on lib/validation and lib/time.',
  },
  {
    target: './lib/messaging',
    from: './lib',
    except: ['./messaging', './validation', './sites/post-details.ts'],
    message: 'lib/messaging depends only on lib/validation and the post details schema.',
  },
  {
    target: ['./lib/validation', './lib/time', './lib/layout', './lib/concurrency'],
    from: './lib',
    except: ['./validation', './time', './layout', './concurrency'],
    message: 'The foundations import nothing above them.',
  },
  {
    // lib/ never reaches up into the pages; only the code the pages share draws components.
    target: './lib',
    from: './entrypoints',
    message: 'lib/ never imports the pages.',
  },
  {
    target: './lib/!(extension-pages)/**',
    from: ['./components', './lib/extension-pages'],
    message: 'Only lib/extension-pages draws shared components.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // A circle of imports hides which module is the foundation; type-only circles too.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Zod comes through lib/validation alone, which sets it never to evaluate code.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['lib/validation/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^zod(/.*)?$',
              message: 'Import lib/validation/zod or lib/validation/zod-mini instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // Who may import whom: the layering the README's architecture section describes.
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: LAYERS }] },
  },
  {
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
);
