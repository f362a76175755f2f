import path from 'node:path';
import { EvidenceReader } from './support/evidence';
import { expect, serveFixture, test } from './support/extension-test';
import {
  badCrops,
  bandsOfColour,
  enableModeration,
  screensVerify,
  stitchedParts,
  storedThreads,
  THREAD_FIXTURES,
  captureThread,
} from './support/threads';

const SITES = [
  {
    name: 'Reddit comments (page scroller, sticky header, lazy loading)',
    url: 'https://www.reddit.com/r/StreamersFrFictif/comments/1j9fict/luna_la_pire_streameuse_de_france/',
    file: 'reddit-comments.html',
    post: 'shreddit-comment:nth-of-type(3) [slot="comment"] p',
    platform: 'reddit',
    scroller: 'page',
    total: 60,
    id: (index: number) => `mh${(100000 + index).toString(36)}`,
    announced: 72,
    header: [255, 69, 0] as [number, number, number],
  },
  {
    name: 'YouTube comments (page scroller, sticky masthead, lazy loading)',
    url: 'https://www.youtube.com/watch?v=Qm3fLp9XvT0',
    file: 'youtube-comments.html',
    post: 'ytd-comment-thread-renderer:nth-of-type(3) #content-text span',
    platform: 'youtube',
    scroller: 'page',
    total: 60,
    id: (index: number) => `Ugx${String(index).padStart(6, '0')}Fictif4AaABAg`,
    announced: 63,
    header: [204, 0, 0] as [number, number, number],
  },
  {
    name: 'a Discord channel (inner scroller, lazy loading)',
    url: 'https://discord.com/channels/1187092050739200003/1187093309030400004',
    file: 'discord-channel.html',
    post: 'li:nth-of-type(3) .messageContent_c19a55',
    platform: 'discord',
    scroller: 'element',
    total: 70,
    id: (index: number) => String(1349483078988333067n + BigInt(index) * 1000n),
    announced: undefined,
    header: undefined,
  },
];

test.describe.configure({ timeout: 180_000 });

for (const site of SITES) {
  test(`${site.name}: every post kept once with its permalink, every screen hashed`, async ({
    context,
    extensionId,
    page,
    desktop,
    worker,
  }) => {
    await enableModeration(worker);
    const evidence = await EvidenceReader.open(context, extensionId);
    await serveFixture(context, site.url, path.resolve(THREAD_FIXTURES, site.file));
    await page.goto(site.url);
    await page.bringToFront();
    await page.locator(site.post).scrollIntoViewIfNeeded();
    await captureThread(desktop, page, site.post);

    const finished = async () =>
      (await storedThreads(evidence)).threads.find((thread) => thread.status !== 'running');
    await expect.poll(finished, { timeout: 90_000 }).toBeTruthy();
    const { threads, screens, posts, files } = await storedThreads(evidence);
    expect(threads[0]).toMatchObject({
      status: 'complete',
      end: 'end-of-thread',
      platform: site.platform,
      scroller: site.scroller,
    });
    expect(threads[0]!.announced).toBe(site.announced);
    expect(threads[0]!.seal!.announced).toBe(site.announced);
    const ordered = posts.sort((a, b) => Number(a.order) - Number(b.order));
    const links = ordered.map((post) => String((post.details as { permalink?: string }).permalink));
    expect(links).toHaveLength(site.total);
    expect(new Set(links).size).toBe(site.total);
    links.forEach((link, index) => expect(link).toContain(site.id(index)));
    expect(screensVerify(screens)).toBe(true);
    expect(badCrops(ordered, screens, files)).toEqual([]);
    const parts = stitchedParts(files, screens);
    expect(parts.length).toBeGreaterThanOrEqual(1);
    if (site.header) {
      const column = Math.floor(parts[0]!.width / 2);
      expect(bandsOfColour(parts, column, site.header)).toEqual([{ top: 0, height: 56 }]);
    } else {
      // An inner scroller is stitched alone: as wide as its own visible area.
      const area = screens[0]!.seal!.scrollerArea as { width: number };
      expect(parts[0]!.width).toBe(Math.round(area.width));
    }
    await evidence.close();
  });
}
