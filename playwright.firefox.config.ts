import { defineConfig } from '@playwright/test';

// Firefox end to end: Playwright's runner is the harness, Puppeteer drives Debian's Firefox
// ESR over WebDriver BiDi (Playwright's own Firefox is a patched build), xdotool the desktop.
export default defineConfig({
  testDir: 'tests/e2e-firefox',
  // One browser at a time: the tests share one X display and drive the real mouse.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  globalSetup: './tests/e2e/support/global-setup.ts',
  outputDir: 'test-results/firefox',
});
