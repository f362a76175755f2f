import path from 'node:path';
import type { Page } from '@playwright/test';
import { EvidenceReader } from './support/evidence';
import { expect, serveFixture, stopServiceWorker, test } from './support/extension-test';
import { enableModeration, THREAD_FIXTURES } from './support/threads';

// The worker's `chrome` global, as seen from code evaluated inside it.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};

test.describe.configure({ timeout: 150_000 });

/** The tabs' queue as the background keeps it, in session storage, read from a Témoin page. */
const tabQueueOf = (page: Page) =>
  page.evaluate(async () => {
    const { tabQueue } = await chrome.storage.session.get('tabQueue');
    return tabQueue as { status: string; tabs: Array<{ url: string; state: string }> } | null;
  });

test('the all-tabs queue goes on by itself after the browser stopped the worker', async ({
  context,
  extensionId,
  page,
  desktop,
  worker,
}) => {
  await enableModeration(worker);
  const evidence = await EvidenceReader.open(context, extensionId);
  const addresses = [
    'https://x.com/compte_1/status/1800000000000000001',
    'https://forum.exemple.fr/sujet/42',
    'https://www.twitch.tv/leapixelle',
    'https://discord.com/channels/1187092050739200003/1187093309030400004',
  ];
  const files = [
    path.resolve(THREAD_FIXTURES, 'x-lazy.html'),
    'forum.html',
    path.resolve(THREAD_FIXTURES, 'twitch-chat.html'),
    path.resolve(THREAD_FIXTURES, 'discord-channel.html'),
  ];
  for (const [index, address] of addresses.entries()) {
    await serveFixture(context, address, files[index]!);
  }
  await page.goto(addresses[0]!);
  for (const address of addresses.slice(1)) await (await context.newPage()).goto(address);
  await page.bringToFront();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Capturer tous les onglets de cette fenêtre' }).click();
  await page.waitForTimeout(1200);
  await desktop.press('Tab', 'Return');

  // Once the first tab is stored, the browser stops the worker mid-queue.
  await expect
    .poll(
      async () =>
        (await tabQueueOf(evidence.page))?.tabs.filter((tab) => tab.state === 'stored').length,
      {
        timeout: 60_000,
        intervals: [100],
      },
    )
    .toBeGreaterThanOrEqual(1);
  const before = (await tabQueueOf(evidence.page))!;
  expect(before.status).toBe('running');
  expect(before.tabs.some((tab) => tab.state === 'waiting')).toBe(true);
  await stopServiceWorker(context);
  // Any event starts it again; the queue, still « running » in session storage, goes on.
  await evidence.page.evaluate(() => chrome.runtime.sendMessage({ wake: true }).catch(() => null));
  await expect
    .poll(async () => (await tabQueueOf(evidence.page))?.status, { timeout: 90_000 })
    .toBe('done');
  const queue = (await tabQueueOf(evidence.page))!;
  expect(queue.tabs.filter((tab) => tab.state === 'stored').map((tab) => tab.url)).toEqual(
    addresses,
  );
  const captured = new Set((await evidence.captures()).map((capture) => capture.metadata.page.url));
  expect([...captured].sort()).toEqual([...addresses].sort());
  await evidence.close();
});
