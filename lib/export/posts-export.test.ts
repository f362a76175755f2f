import { readFileSync } from 'node:fs';
import { storeSampleCapture } from '../../tests/unit/sample-capture';
import { appendCustody } from '../evidence/append-custody';
import { openEvidenceDatabase } from '../evidence/database';
import { SAMPLE_POSTS, sampleThread } from '../thread/testing/sample-thread';
import { z } from '../validation/zod';
import { readPosts } from './post-rows';
import { postsCsv } from './posts-csv';
import { postsJson } from './posts-json';
import { postsJsonSchema } from './posts-schema';

const SHIPPED = JSON.parse(readFileSync('public/schemas/temoin.posts-1.schema.json', 'utf8'));
const againstShippedSchema = z.fromJSONSchema(SHIPPED);
/** The written JSON, as a reader would edit it. */
type Written = { posts: Array<Record<string, unknown> & { hashes: Record<string, unknown> }> };
const STAMP = { exportedAt: new Date('2026-11-22T12:00:00.000Z'), extensionVersion: '0.1.0' };

async function capturesAndThread() {
  const database = openEvidenceDatabase(`posts-${crypto.randomUUID()}`);
  const captureId = await storeSampleCapture(database, {
    post: {
      platform: 'reddit',
      extractor: 'reddit',
      kind: 'comment',
      postId: 't1_abc',
      permalink: 'https://www.reddit.com/r/exemple/comments/abc/_/def/',
      authorHandle: 'u/exemple',
      text: '@everyone\tregardez',
      published: {
        kind: 'range',
        label: 'il y a 2 h',
        earliest: '2026-11-22T05:00:00.000Z',
        latest: '2026-11-22T06:00:00.000Z',
      },
      mediaUrls: [],
      missing: [],
    },
  });
  await database.cases.add({
    id: 'case-1',
    name: 'Raid du 20 novembre',
    createdAt: STAMP.exportedAt.toISOString(),
  });
  await appendCustody(database, captureId, [
    { kind: 'case', data: { caseId: 'case-1', added: true } },
  ]);
  const { threadId } = await sampleThread(database);
  return {
    database,
    captureId,
    threadId,
    posts: await readPosts(database, [captureId], [threadId]),
  };
}

describe('per-post exports', () => {
  it('gives one object per post: the capture, then each thread post in order', async () => {
    const { captureId, threadId, posts, database } = await capturesAndThread();
    expect(posts.map((post) => post.id)).toEqual([
      captureId,
      `${threadId}/post/0`,
      `${threadId}/post/1`,
      `${threadId}/post/2`,
    ]);
    const [capture, ...thread] = posts;
    expect(capture).toMatchObject({
      source: 'capture',
      platform: 'reddit',
      platformPostId: 't1_abc',
      text: '@everyone\tregardez',
      publishedEarliest: '2026-11-22T05:00:00.000Z',
      publishedLabel: 'il y a 2 h',
      capturedAt: '2026-11-22T08:00:00.123Z',
      caseIds: ['case-1'],
      caseNames: ['Raid du 20 novembre'],
      threadId: null,
    });
    expect(capture!.hashes.crop).toMatch(/^[0-9a-f]{64}$/);
    const stored = await database.threads.get(threadId);
    const screens = await database.threadScreens.toArray();
    expect(thread.map((post) => post.permalink)).toEqual(
      SAMPLE_POSTS.map((post) => post.permalink),
    );
    expect(thread.map((post) => post.text)).toEqual(SAMPLE_POSTS.map((post) => post.text));
    expect(thread.map((post) => post.publishedAt)).toEqual(
      SAMPLE_POSTS.map((post) => (post.published.kind === 'absolute' ? post.published.at : null)),
    );
    expect(thread.map((post) => post.hashes.screenshot)).toEqual(
      [0, 0, 1].map((index) => screens[index]!.seal.sha256),
    );
    expect(thread.every((post) => post.hashes.threadSeal === stored!.sealSha256)).toBe(true);
    expect(
      thread.map((post) => [post.platformPostId, post.authorHandle, post.screenIndex]),
    ).toEqual([
      ['333', 'raideur1', 0],
      ['334', 'raideur2', 0],
      ['335', 'raideur1', 1],
    ]);
  });

  it('ships the JSON Schema the export is written to', () => {
    expect(SHIPPED).toEqual(JSON.parse(postsJsonSchema()));
  });

  it('writes JSON that the shipped JSON Schema accepts, with every text exact', async () => {
    const { posts } = await capturesAndThread();
    const written = JSON.parse(postsJson(posts, STAMP));
    expect(againstShippedSchema.safeParse(written).success).toBe(true);
    expect(written.posts[2].text).toBe('=HYPERLINK("x") on sait où tu es');
  });

  it.each([
    ['a hash that is not one', (file: Written) => (file.posts[0]!.hashes.screenshot = 'abc')],
    ['a field no export writes', (file: Written) => (file.posts[1]!.extra = 1)],
    [
      'a local time instead of UTC',
      (file: Written) => (file.posts[1]!.capturedAt = '2026-11-21T09:05:00+01:00'),
    ],
    ['a missing text field', (file: Written) => delete file.posts[3]!.text],
  ])('the shipped JSON Schema refuses %s', async (_, spoil) => {
    const { posts } = await capturesAndThread();
    const written = JSON.parse(postsJson(posts, STAMP));
    spoil(written);
    expect(againstShippedSchema.safeParse(written).success).toBe(false);
  });

  it('writes CSV with one row per post, formulas kept as text', async () => {
    const { posts } = await capturesAndThread();
    const lines = postsCsv(posts)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]!.split(',').slice(0, 6)).toEqual([
      'source',
      'id',
      'platform',
      'platform_post_id',
      'platform_author_id',
      'permalink',
    ]);
    expect(lines[1]).toContain(`"'@everyone\tregardez"`);
    expect(lines[3]).toContain(`"'=HYPERLINK(""x"") on sait où tu es"`);
    expect(lines[3]).toContain('https://discord.com/channels/111/222/334');
    expect(lines[3]).toContain('2026-11-20T21:41:30.000Z');
  });
});
