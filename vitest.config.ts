import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  define: { __BENCHMARK_BUILD__: 'false' },
  test: {
    globals: true,
    include: [
      'lib/**/*.test.ts',
      'lib/**/*.test.tsx',
      'components/**/*.test.tsx',
      'tests/unit/**/*.test.ts',
    ],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
