import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { EvidenceReader, readStoreInPage } from './support/evidence';
import { expect, serveFixture, test, type Desktop } from './support/extension-test';
import {
  clickOverlayButton,
  enableModeration,
  storedThreads,
  THREAD_FIXTURES,
} from './support/threads';

const X_URL = 'https://x.com/compte_1/status/1800000000000000001';
const permalink = (index: number) =>
  `https://x.com/compte_${index % 11}/status/${1800000000000000000n + BigInt(index)}`;

/**
 * Right-clicks a post and picks the item at `position` (0 for the first) of Témoin's group in
 * the real native menu: the group is the third item from the bottom on a page.
 */
async function chooseModeration(desktop: Desktop, page: Page, selector: string, position: number) {
  await desktop.rightClick(selector);
  await page.waitForTimeout(250);
  await desktop.press('Up', 'Up', 'Up', 'Right', ...Array<string>(position).fill('Down'), 'Return');
}

async function openThread(
  { context, extensionId, page }: { context: BrowserContext; extensionId: string; page: Page },
  file = 'x-long.html',
) {
  const evidence = await EvidenceReader.open(context, extensionId);
  await serveFixture(context, X_URL, path.resolve(THREAD_FIXTURES, file));
  await page.goto(X_URL);
  await page.bringToFront();
  return evidence;
}

const read = (evidence: EvidenceReader, store: string) =>
  evidence.page.evaluate(readStoreInPage, { store });

/** Clicks « Annuler » until the running thread says it was cancelled (the overlay hides for each shot). */
async function cancelThread(page: Page, evidence: EvidenceReader) {
  await expect
    .poll(
      async () => {
        await clickOverlayButton(page, 'Annuler');
        const { threads } = await storedThreads(evidence);
        return threads.every((thread) => thread.status !== 'running');
      },
      { timeout: 40_000 },
    )
    .toBe(true);
}

const selectionShown = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-temoin-selection]') !== null);

test('with the moderation tools on, the native menu holds the four items in order', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  await enableModeration(worker);
  const evidence = await openThread({ context, extensionId, page });
  const post = 'article:nth-of-type(3) [data-testid="tweetText"]';

  // 1. « Capturer comme preuve »: one ordinary capture.
  await chooseModeration(desktop, page, post, 0);
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);
  expect((await evidence.captures())[0]!.metadata.trigger).toBe('context-menu');

  // 2. « Capturer tout le fil »: a thread, cancelled as soon as it runs.
  await chooseModeration(desktop, page, post, 1);
  await expect.poll(async () => (await storedThreads(evidence)).threads.length).toBe(1);
  await cancelThread(page, evidence);
  expect((await storedThreads(evidence)).threads[0]!.filteredBy).toBeUndefined();
  await page.keyboard.press('Escape');

  // 3. « Sélectionner des messages… »: the selection mode, which Escape leaves.
  await chooseModeration(desktop, page, post, 2);
  await expect.poll(() => selectionShown(page)).toBe(true);
  await desktop.press('Escape');
  await expect.poll(() => selectionShown(page)).toBe(false);

  // 4. « Tout ce qu'a écrit cet auteur ici »: a thread filtered by that author.
  await chooseModeration(desktop, page, post, 3);
  await expect.poll(async () => (await storedThreads(evidence)).threads.length).toBe(2);
  const filtered = (await storedThreads(evidence)).threads.find((thread) => thread.filteredBy);
  expect(filtered?.filteredBy).toMatchObject({ label: 'Compte 2 (@compte_2)' });
  await cancelThread(page, evidence);
  await evidence.close();
});

test('a selection made with the keyboard alone is captured post by post into one new case', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  await enableModeration(worker);
  const evidence = await openThread({ context, extensionId, page });
  await chooseModeration(desktop, page, 'article:nth-of-type(3) [data-testid="tweetText"]', 2);
  await expect.poll(() => selectionShown(page)).toBe(true);

  // The focus starts on the clicked post's box: Space ticks it, Tab goes to the next post's.
  await desktop.press('space', 'Tab', 'space', 'Tab', 'Tab', 'space');
  // Back past the first post's box to the bar: « Annuler », then « Capturer la sélection ».
  await desktop.press(...Array<string>(7).fill('shift+Tab'), 'Return');

  await expect.poll(async () => (await evidence.captures()).length, { timeout: 30_000 }).toBe(3);
  const captures = (await evidence.captures()).sort((a, b) =>
    a.capturedAt.localeCompare(b.capturedAt),
  );
  expect(captures.map((capture) => capture.metadata.post?.permalink)).toEqual([
    permalink(2),
    permalink(3),
    permalink(5),
  ]);
  for (const capture of captures) {
    expect(capture.metadata.trigger).toBe('selection');
    expect(capture.metadata.target.crop).toBe('cropped');
    expect(capture.metadata.target.cropArea?.width).toBeGreaterThan(100);
    const roles = (await evidence.files(capture.id)).map((file) => file.role).sort();
    expect(roles).toEqual(['page-screenshot', 'post-crop', 'thumbnail']);
  }
  // Each its own crop, cut from its own screenshot.
  const crops = await Promise.all(
    captures.map(async (capture) =>
      (await evidence.files(capture.id)).find((file) => file.role === 'post-crop'),
    ),
  );
  expect(new Set(crops.map((crop) => crop?.sha256)).size).toBe(3);
  // Two a second at most: the screenshots are spaced by the queue.
  const times = captures.map((capture) => Date.parse(capture.capturedAt));
  expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(450);

  const cases = await read(evidence, 'cases');
  expect(cases).toHaveLength(1);
  expect(String(cases[0]!.name)).toMatch(/^Fil fictif sur X/);
  for (const capture of captures) {
    const joined = (await evidence.custody(capture.id)).filter((entry) => entry.kind === 'case');
    expect(joined.map((entry) => (entry.data as { caseId: string }).caseId)).toEqual([
      cases[0]!.id,
    ]);
  }
  await evidence.close();
});
