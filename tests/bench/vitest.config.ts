import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  define: { __BENCHMARK_BUILD__: 'false' },
  resolve: { alias: { 'webextension-polyfill': path.resolve('tests/unit/fake-polyfill.ts') } },
  // A benchmark measures time; on a busy machine it may take long, which is not a failure.
  test: { include: ['tests/bench/*.test.ts'], root: path.resolve('.'), testTimeout: 300_000 },
});
