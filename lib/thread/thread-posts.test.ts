import type { PostDetails } from '../sites/post-details';
import { createThreadPosts, postKey, type SeenPost } from './thread-posts';

const details = (fields: Partial<PostDetails>): PostDetails => ({
  platform: 'x',
  extractor: 'x',
  kind: 'post',
  published: { kind: 'unknown' },
  mediaUrls: [],
  missing: [],
  ...fields,
});

const seen = (key: string, y: number, whole = true): SeenPost => ({
  key,
  details: details({ text: key }),
  rectangle: { x: 0, y, width: 500, height: 100 },
  whole,
});

describe('postKey', () => {
  it.each([
    [
      'its permalink first',
      { permalink: 'https://x.test/a/status/1', postId: '1' },
      'link:https://x.test/a/status/1',
    ],
    ['else its platform id', { postId: '42' }, 'id:x:42'],
    [
      'else what it shows',
      { authorHandle: 'anne', text: 'bonjour' },
      'seen:anne|{"kind":"unknown"}|bonjour',
    ],
  ])('%s', (_name, fields, key) => {
    expect(postKey(details(fields))).toBe(key);
  });

  it('tells apart two chat lines of one author with different words', () => {
    expect(postKey(details({ authorHandle: 'a', text: 'un' }))).not.toBe(
      postKey(details({ authorHandle: 'a', text: 'deux' })),
    );
  });
});

describe('createThreadPosts', () => {
  it('keeps every post once, in the order first seen, across overlapping screens', () => {
    const posts = createThreadPosts();
    posts.add(0, [seen('a', 0), seen('b', 300), seen('c', 600)]);
    posts.add(1, [seen('c', 8), seen('d', 300)]);
    posts.add(2, [seen('d', 8), seen('e', 300)]);
    expect(posts.inOrder().map((post) => [post.key, post.order, post.screenIndex])).toEqual([
      ['a', 0, 0],
      ['b', 1, 0],
      ['c', 2, 0],
      ['d', 3, 1],
      ['e', 4, 2],
    ]);
  });

  it('moves a post cut by the edge to the first screen that shows it whole, keeping its order', () => {
    const posts = createThreadPosts();
    expect(posts.add(0, [seen('a', 0), seen('b', 950, false)]).map((post) => post.key)).toEqual([
      'a',
      'b',
    ]);
    const changed = posts.add(1, [seen('b', 8), seen('c', 200)]);
    expect(changed.map((post) => [post.key, post.screenIndex, post.whole])).toEqual([
      ['b', 1, true],
      ['c', 1, true],
    ]);
    expect(posts.add(2, [seen('b', 8)])).toEqual([]);
    expect(posts.inOrder().find((post) => post.key === 'b')).toMatchObject({
      order: 1,
      screenIndex: 1,
    });
  });

  it('goes on from the posts already stored, after a restarted worker took the thread up', () => {
    const before = createThreadPosts();
    before.add(0, [seen('a', 0), seen('b', 950, false)]);
    const posts = createThreadPosts(before.inOrder());
    const changed = posts.add(1, [seen('a', 8, false), seen('b', 100), seen('c', 400)]);
    expect(changed.map((post) => [post.key, post.order, post.screenIndex])).toEqual([
      ['b', 1, 1],
      ['c', 2, 1],
    ]);
    expect(posts.size).toBe(3);
  });
});
