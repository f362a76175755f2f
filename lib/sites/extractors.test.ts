// @vitest-environment happy-dom
import { loadFixtures } from '../../tests/unit/site-fixtures';
import { extractPost } from './extract-post';
import type { PostDetails } from './post-details';
import { EXTRACTORS } from './registry';

const NOW = new Date('2026-11-22T10:30:00.000Z');
const fixtures = loadFixtures();
const registered = new Set(EXTRACTORS.map((extractor) => extractor.platform));
const cases = fixtures
  .filter((fixture) => registered.has(fixture.platform))
  .flatMap((fixture) =>
    fixture.posts.map((post, index) => ({
      name: `${fixture.platform}/${fixture.name} #${index + 1} (${post.kind})`,
      fixture,
      post,
    })),
  );

const SAME_NAME_FIELDS = [
  'postId',
  'permalink',
  'title',
  'authorName',
  'authorHandle',
  'authorUrl',
  'authorId',
  'text',
  'mediaUrls',
  'parentId',
  'parentPermalink',
  'channel',
  'surroundingAuthors',
  'context',
] as const;

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe.each(cases)('$name', ({ fixture, post }) => {
  const document = parse(fixture.html);
  const target = document.querySelector(post.target)!;
  // A local wall clock without a zone, so a label such as "3:30" reads the same in any zone.
  const now = fixture.capturedAt ? new Date(fixture.capturedAt) : NOW;
  const extracted = extractPost(target, { document, url: new URL(fixture.url), now });

  it('is read by its platform’s own extractor, from the right container', () => {
    expect(target).not.toBeNull();
    expect(extracted?.details.platform).toBe(fixture.platform);
    expect(extracted?.details.extractor).toBe(fixture.platform);
    expect(extracted?.container).toBe(document.querySelector(post.containerSelector));
    expect(extracted?.details.kind).toBe(post.kind);
  });

  it.each(SAME_NAME_FIELDS.filter((field) => field in post.expected))('reads %s', (field) => {
    expect(extracted?.details[field]).toEqual(post.expected[field]);
  });

  it.each(post.absent ?? [])('leaves out %s, which the page does not give', (field) => {
    const value = extracted?.details[field as keyof PostDetails];
    expect(Array.isArray(value) ? value : value === undefined ? [] : [value]).toEqual([]);
  });

  if ('publishedAt' in post.expected) {
    it('reads the absolute publication time', () => {
      expect(extracted?.details.published).toMatchObject({
        kind: 'absolute',
        at: post.expected.publishedAt,
      });
    });
  }
  if ('publishedEarliestLocal' in post.expected) {
    it('resolves the label to the minute it names on the local clock', () => {
      const published = extracted?.details.published;
      expect(published?.kind === 'range' && new Date(published.earliest).getTime()).toBe(
        new Date(String(post.expected.publishedEarliestLocal)).getTime(),
      );
    });
  }
  if ('publishedReading' in post.expected) {
    it('says which reading of the clock it used', () => {
      expect(extracted?.details.published).toMatchObject({
        reading: post.expected.publishedReading,
      });
    });
  }
  if ('publishedLabel' in post.expected) {
    it('keeps the publication label as shown', () => {
      expect(extracted?.details.published).toMatchObject({ label: post.expected.publishedLabel });
    });
  }
});

describe.each(
  EXTRACTORS.flatMap((extractor) =>
    Object.entries(extractor.fixtureMatches).map(([name, counts]) => ({ extractor, name, counts })),
  ),
)('$extractor.platform selectors on $name', ({ extractor, name, counts }) => {
  const fixture = fixtures.find(
    (candidate) => candidate.platform === extractor.platform && candidate.name === name,
  );
  it.each(Object.entries(counts))('%s matches as often as the fixture says', (selector, count) => {
    const document = parse(fixture!.html);
    expect(document.querySelectorAll(extractor.selectors[selector]!).length).toBe(count);
  });
});

// Each fixture says how many elements of each kind its markup holds: a fixture edited by
// mistake (a post dropped, a quoted post unwrapped) shows here before it weakens a test.
describe.each(
  fixtures.map((fixture) => ({ name: `${fixture.platform}/${fixture.name}`, fixture })),
)('markup of $name', ({ fixture }) => {
  const document = parse(fixture.html);
  it.each(Object.entries(fixture.containerCount))('has %s %i times', (selector, count) => {
    expect(document.querySelectorAll(selector).length).toBe(count);
  });
});
