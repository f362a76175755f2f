import type { PostDetails } from '../sites/post-details';
import { authorKey, authorLabel } from './same-author';

const post = (fields: Partial<PostDetails>): PostDetails => ({
  platform: 'x',
  extractor: 'x',
  kind: 'post',
  published: { kind: 'unknown' },
  mediaUrls: [],
  missing: [],
  ...fields,
});

describe('authorKey', () => {
  it.each([
    ['the account id first', { authorId: '42', authorHandle: '@a' }, 'id:x:42'],
    ['the handle next', { authorHandle: '@a', authorName: 'A' }, 'handle:x:@a'],
    [
      'the profile address',
      { authorUrl: 'https://x.com/a', authorName: 'A' },
      'url:https://x.com/a',
    ],
    ['the name last', { authorName: 'A' }, 'name:x:A'],
    ['nothing for a post without author', {}, undefined],
  ])('takes %s', (_name, fields, key) => {
    expect(authorKey(post(fields))).toBe(key);
  });

  it('tells apart two accounts that show the same name', () => {
    expect(authorKey(post({ authorName: 'A', authorHandle: '@a1' }))).not.toBe(
      authorKey(post({ authorName: 'A', authorHandle: '@a2' })),
    );
  });
});

describe('authorLabel', () => {
  it.each([
    [{ authorName: 'Compte 1', authorHandle: '@compte_1' }, 'Compte 1 (@compte_1)'],
    [{ authorHandle: '@compte_1' }, '@compte_1'],
    [{}, undefined],
  ])('%j → %s', (fields, label) => {
    expect(authorLabel(post(fields))).toBe(label);
  });
});
