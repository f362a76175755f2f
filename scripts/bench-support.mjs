// What both benchmarks share: the browser with the benchmark build loaded, and the figures.
import { chromium } from '@playwright/test';
import { closeWelcomePage } from './welcome-page.mjs';

/**
 * Headless Chromium at 1280×800 with only the extension at `extensionDir` loaded, its welcome
 * page closed.
 */
export async function launchWithExtension(extensionDir, executablePath) {
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  await closeWelcomePage(context);
  return context;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function round(value) {
  return Math.round(value * 100) / 100;
}
