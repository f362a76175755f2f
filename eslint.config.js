import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    // Components take props and call callbacks: they never reach for the browser's APIs.
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['webextension-polyfill', 'wxt/*', '**/lib/background/*', '**/lib/capture/*'] },
      ],
    },
  },
  {
    // The page agent runs beside untrusted pages: it must not load the evidence store or the
    // background's code, and must stay small.
    files: ['lib/agent/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['dexie', 'zod', '**/evidence/*', '**/background/*', '**/capture/*', '**/ui/*'],
        },
      ],
    },
  },
  {
    // The form filler runs inside an official form's page: like the page agent, it loads no
    // store and no background code. Only its start asks the background for the plan.
    files: ['lib/form-filler/**'],
    ignores: ['lib/form-filler/start-in-tab.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Use zod/mini in page scripts: it is much smaller.' }],
          patterns: [
            'dexie',
            'webextension-polyfill',
            '**/evidence/*',
            '**/background/*',
            '**/capture/*',
            '**/ui/*',
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
);
