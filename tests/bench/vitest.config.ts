import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  define: { __BENCHMARK_BUILD__: 'false' },
  resolve: { alias: { 'webextension-polyfill': path.resolve('tests/unit/fake-polyfill.ts') } },
  test: { include: ['tests/bench/*.test.ts'], root: path.resolve('.') },
});
