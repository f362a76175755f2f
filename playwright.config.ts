import { defineConfig } from '@playwright/test';
import { useWorkerDisplay } from './tests/e2e/support/worker-display';

useWorkerDisplay();

export default defineConfig({
  testDir: 'tests/e2e',
  // Each worker drives the real mouse and keyboard of its own virtual display (global set-up).
  // On a person's own desktop there is one display to share: one browser at a time.
  workers: Number(process.env.TEMOIN_E2E_WORKERS ?? (process.env.DISPLAY ? 1 : 2)),
  // Whole files per worker: tests within a file run in order, as they were written.
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './tests/e2e/support/global-setup.ts',
  outputDir: 'test-results',
});
