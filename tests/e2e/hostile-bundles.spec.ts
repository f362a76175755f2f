import type { BrowserContext, Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeHostileArchives } from './support/hostile-archives';
import { expect, test } from './support/extension-test';

/** What the library page's renderer (page and check worker together) may ever hold. */
const MEMORY_BOUND = 512 << 20;
/** The longest the page may go without running its own code while a check runs. */
const LONGEST_STALL_MS = 500;

/**
 * The peak resident memory of the browser's renderers, from their process ids as the browser
 * gives them (CDP) and the kernel's high-water mark: the worker's inflater and Blobs included,
 * which a JavaScript heap size would miss.
 */
async function rendererPeak(context: BrowserContext): Promise<number> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: Array<{ type: string; id: number }>;
  };
  await cdp.detach();
  const peaks = processInfo
    .filter(({ type }) => type === 'renderer')
    .map(({ id }) => {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    });
  return Math.max(...peaks);
}

/** Starts recording, in the page, the longest gap between two turns of its event loop. */
async function watchStalls(page: Page) {
  await page.evaluate(() => {
    const state = window as unknown as { longestStall: number };
    state.longestStall = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      state.longestStall = Math.max(state.longestStall, now - last - 50);
      last = now;
    }, 50);
  });
}

const longestStall = (page: Page) =>
  page.evaluate(() => (window as unknown as { longestStall: number }).longestStall);

test('hostile archives get a verdict naming the entry within seconds, in bounded memory, and the check can be cancelled at once', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(180_000);
  const folder = mkdtempSync(path.join(tmpdir(), 'temoin-hostile-'));
  try {
    const archives = writeHostileArchives(folder);
    const library = await context.newPage();
    await library.goto(`chrome-extension://${extensionId}/library.html`);
    await watchStalls(library);
    const input = library.locator('input[type="file"]');
    const figures: string[] = [];
    for (const [label, archive] of Object.entries(archives)) {
      if (!('reason' in archive)) continue;
      const started = Date.now();
      await input.setInputFiles(archive.file);
      const verdict = library.locator('[data-verification="failed"]');
      await expect(verdict.locator(`[data-reason="${archive.reason}"]`)).toContainText(
        archive.entry,
        { timeout: 10_000 },
      );
      figures.push(`${label} ${Date.now() - started} ms`);
    }

    // A long but honest read: « Annuler » ends it at once, and the page never stalls meanwhile.
    await input.setInputFiles(archives.long.file);
    const cancel = library.getByRole('button', { name: 'Annuler' });
    await expect(cancel).toBeVisible();
    await library.waitForTimeout(500);
    const pressed = Date.now();
    await cancel.click();
    await expect(
      library.getByText('Vérification de long.zip annulée.', { exact: false }),
    ).toBeVisible({ timeout: 2_000 });
    figures.push(`cancel ${Date.now() - pressed} ms`);

    const stall = await longestStall(library);
    const peak = await rendererPeak(context);
    console.warn(
      `hostile archives: ${figures.join(', ')}; longest page stall ${Math.round(stall)} ms; ` +
        `renderer peak ${Math.round(peak / 2 ** 20)} MiB`,
    );
    expect(stall).toBeLessThan(LONGEST_STALL_MS);
    expect(peak).toBeLessThan(MEMORY_BOUND);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
