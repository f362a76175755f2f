import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, openFixturePage, test } from './support/extension-test';
import { decodePng } from './support/pictures';

interface Expectations {
  url: string;
  posts: Array<{
    target: string;
    kind: string;
    containerSelector: string;
    expected: Record<string, unknown>;
    absent?: string[];
  }>;
}

const SITES = path.resolve('tests/fixtures/sites');

/**
 * One right-clicked item per kind: a post, a comment, a live chat message; and the cases
 * real markup showed wrong: a quoted post, a chat clock without AM/PM, YouTube's live chat
 * (its frame's document, opened as the pop-out shows it).
 */
const CASES = [
  { platform: 'x', fixture: 'home-timeline', post: 1, what: 'a reply on X' },
  { platform: 'youtube', fixture: 'watch-comments', post: 0, what: 'a YouTube comment' },
  { platform: 'twitch', fixture: 'live-chat', post: 0, what: 'a Twitch live chat message' },
  { platform: 'twitch', fixture: 'live-chat-en', post: 0, what: 'an en-US Twitch chat line' },
  { platform: 'x', fixture: 'quoted-posts', post: 0, what: 'a post quoted inside another on X' },
  { platform: 'youtube', fixture: 'live-chat-frame', post: 0, what: 'a YouTube live chat message' },
];

for (const { platform, fixture, post: index, what } of CASES) {
  test(`right-clicking ${what} stores its author, permalink and time`, async ({
    context,
    extensionId,
    page,
    desktop,
  }) => {
    const expectations = JSON.parse(
      readFileSync(path.join(SITES, platform, `${fixture}.expected.json`), 'utf8'),
    ) as Expectations;
    const post = expectations.posts[index]!;
    const evidence = await openFixturePage(
      { context, extensionId, page },
      expectations.url,
      path.join(SITES, platform, `${fixture}.html`),
    );

    await desktop.rightClick(post.target);
    await desktop.chooseCapture(
      (await page.locator(post.target).evaluate((element) => Boolean(element.closest('a'))))
        ? 'link'
        : 'page',
    );
    await expect.poll(async () => (await evidence.captures()).length).toBe(1);
    const [capture] = await evidence.captures();
    const details = capture!.metadata.post!;
    expect(details).toMatchObject({ platform, extractor: platform, kind: post.kind });
    for (const field of [
      'authorName',
      'authorHandle',
      'permalink',
      'text',
      'channel',
      'parentPermalink',
      'context',
    ]) {
      if (field in post.expected)
        expect(details[field as keyof typeof details]).toEqual(post.expected[field]);
    }
    if ('publishedAt' in post.expected) {
      expect(details.published).toMatchObject({ kind: 'absolute', at: post.expected.publishedAt });
    } else if ('publishedLabel' in post.expected) {
      expect(details.published).toMatchObject({ label: post.expected.publishedLabel });
    }
    for (const field of post.absent ?? []) {
      const value = details[field as keyof typeof details];
      expect(Array.isArray(value) ? value : value === undefined ? [] : [value]).toEqual([]);
    }

    // The crop is the extractor's container: a chat line keeps its author.
    const box = (await page.locator(post.containerSelector).boundingBox())!;
    const ratio = await page.evaluate(() => window.devicePixelRatio);
    // The crop is derived once the record is committed: it may land a moment after it.
    await expect
      .poll(async () => (await evidence.files(capture!.id)).map((file) => file.role))
      .toContain('post-crop');
    const crop = decodePng(
      (await evidence.files(capture!.id)).find((file) => file.role === 'post-crop')!.bytes,
    );
    expect(Math.abs(crop.width - box.width * ratio)).toBeLessThanOrEqual(2 * ratio);

    // The detail view shows what was read.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html#capture=${capture!.id}`);
    await expect(popup.locator('[data-section="post"]')).toContainText(
      String(post.expected.authorName ?? post.expected.authorHandle),
    );
    expect(Math.abs(crop.height - box.height * ratio)).toBeLessThanOrEqual(2 * ratio);
  });
}

test('a captured reply links to the capture of the comment it answers', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  const expectations = JSON.parse(
    readFileSync(path.join(SITES, 'youtube', 'watch-comments.expected.json'), 'utf8'),
  ) as Expectations;
  const [comment, reply] = expectations.posts;
  const evidence = await openFixturePage(
    { context, extensionId, page },
    expectations.url,
    path.join(SITES, 'youtube', 'watch-comments.html'),
  );
  for (const [count, item] of [
    [1, comment!],
    [2, reply!],
  ] as const) {
    await desktop.rightClick(item.target);
    await desktop.chooseCapture('page');
    await expect.poll(async () => (await evidence.captures()).length).toBe(count);
  }
  const replyCapture = (await evidence.captures()).find(
    (capture) => capture.metadata.post?.kind === 'reply',
  )!;
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html#capture=${replyCapture.id}`);
  await popup.getByRole('button', { name: 'Ouvrir la capture de la publication parente' }).click();
  await expect(popup.locator('[data-section="post"]')).toContainText(
    String(comment!.expected.authorName),
  );
  await expect(popup.locator('[data-section="post"]')).toContainText(
    String(comment!.expected.permalink),
  );
});
