import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  define: { __BENCHMARK_BUILD__: 'false' },
  resolve: {
    alias: { 'webextension-polyfill': path.resolve('tests/unit/fake-polyfill.ts') },
  },
  test: {
    globals: true,
    include: [
      'lib/**/*.test.ts',
      'lib/**/*.test.tsx',
      'components/**/*.test.tsx',
      'entrypoints/**/*.test.ts',
      'entrypoints/**/*.test.tsx',
      'tests/unit/**/*.test.ts',
    ],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
