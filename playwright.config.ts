import { defineConfig } from '@playwright/test';
import { useWorkerDisplay } from './tests/e2e/support/worker-display';

useWorkerDisplay();

export default defineConfig({
  testDir: 'tests/e2e',
  // Each worker drives the real mouse and keyboard of its own virtual display (global set-up),
  // so TEMOIN_E2E_WORKERS=2 runs two browsers at once. One by default: on a 2-core machine the
  // timing-sensitive tests (screenshots at the browser's limit, thread overlays) flaked with two.
  workers: Number(process.env.TEMOIN_E2E_WORKERS ?? 1),
  // Whole files per worker: tests within a file run in order, as they were written.
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './tests/e2e/support/global-setup.ts',
  outputDir: 'test-results',
});
