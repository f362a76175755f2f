// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { ANNOUNCED_COUNT_SOURCES } from './announced-counts';
import { countIn, readAnnouncedCount } from './read-announced-count';

const fixture = (path: string) =>
  new DOMParser().parseFromString(
    readFileSync(`tests/fixtures/sites/${path}`, 'utf8'),
    'text/html',
  );

describe('the counts platforms announce', () => {
  it('has one entry per place, each selector valid, each platform read from a fixture below', () => {
    const places = ANNOUNCED_COUNT_SOURCES.map((source) => `${source.platform} ${source.selector}`);
    expect(new Set(places).size).toBe(places.length);
    for (const source of ANNOUNCED_COUNT_SOURCES) {
      expect(() => document.querySelector(source.selector)).not.toThrow();
      expect(source.words.length > 0 || source.attribute !== undefined).toBe(true);
    }
    const tested = new Set(FIXTURES.map(([platform]) => platform));
    expect(new Set(ANNOUNCED_COUNT_SOURCES.map((source) => source.platform))).toEqual(tested);
  });

  const FIXTURES = [
    ['youtube', 'youtube/watch-comments.html', 'ytd-comment-thread-renderer', 87],
    ['reddit', 'reddit/post-comments.html', 'shreddit-comment', 4],
    ['reddit', 'reddit/old-reply-permalink.html', '.thing.comment', 5],
    ['facebook', 'facebook/post-permalink.html', '[role="article"]', 42],
    ['facebook', 'facebook/group-feed.html', '[role="article"]', 3],
    ['instagram', 'instagram/post-page.html', 'ul li', 48],
  ] as const;

  it.each(FIXTURES)('reads %s’s count in %s', (platform, path, post, count) => {
    const page = fixture(path);
    const clicked = page.querySelector(post) ?? page.body;
    expect(readAnnouncedCount(clicked, platform)).toBe(count);
  });

  it.each([
    ['240 commentaires', 240],
    ['1 234 comments', 1234],
    ['1\u202f234 commentaires', 1234],
    ['12,345 comments', 12345],
    ['Afficher les 48 commentaires', 48],
    ['312 likes, 48 comments - clem', 48],
    ['1 comment', 1],
    ['1,2 k commentaires', undefined],
    ['3.4K comments', undefined],
    ['240 commentateurs', undefined],
    ['Commentaires', undefined],
    ['2026 avis', undefined],
  ])('reads « %s » as %s', (text, count) => {
    const element = document.createElement('span');
    element.textContent = text;
    const source = ANNOUNCED_COUNT_SOURCES.find((one) => one.platform === 'youtube')!;
    expect(countIn(element, source)).toBe(count);
  });

  it('takes a bare number from an attribute, and nothing else', () => {
    const source = { platform: 'reddit', selector: 'x', attribute: 'comment-count', words: [] };
    const element = document.createElement('shreddit-post');
    element.setAttribute('comment-count', '240');
    expect(countIn(element, source)).toBe(240);
    element.setAttribute('comment-count', '2.4k');
    expect(countIn(element, source)).toBeUndefined();
  });

  it('says nothing for a platform that announces no count', () => {
    expect(readAnnouncedCount(document.body, 'twitch')).toBeUndefined();
  });
});
