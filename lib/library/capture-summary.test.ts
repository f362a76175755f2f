import type { CaptureRecord } from '../evidence/database';
import { sampleMetadata } from '../../tests/unit/sample-capture';
import { captureSummaryOf } from './capture-summary';
import { filterCaptures } from './filter-captures';
import { captureItem } from './item-summary';

const record = (extra: Partial<CaptureRecord['metadata']> = {}): CaptureRecord => {
  const metadata = {
    ...sampleMetadata('c1', extra),
    files: [
      {
        role: 'page-screenshot' as const,
        mimeType: 'image/png',
        byteLength: 1,
        width: 1,
        height: 1,
        sha256: 'a'.repeat(64),
      },
    ],
  };
  return {
    id: 'c1',
    capturedAt: metadata.time.capturedAt,
    host: 'www.reddit.com',
    metadata,
    metadataSha256: 'b'.repeat(64),
  };
};

describe('captureSummaryOf', () => {
  it('folds everything searchable into one accent-free, lower-case text', () => {
    const summary = captureSummaryOf(
      captureItem(
        record({
          post: {
            platform: 'reddit',
            extractor: 'reddit',
            kind: 'comment',
            permalink: 'https://www.reddit.com/r/x/comments/1/_/c/',
            authorHandle: 'u/Élodie_Fictive',
            text: 'Tu vas VOIR ce soir',
            published: { kind: 'unknown' },
            mediaUrls: [],
            missing: [],
          },
        }),
      ),
      {
        captureId: 'c1',
        reports: [{ channelId: 'pharos', at: '2026-11-22T10:00:00.000Z' }],
        notes: [{ at: '2026-11-22T10:00:00.000Z', text: 'Capturée pendant le live' }],
        tags: ['Doxxing'],
        caseIds: ['k'],
        exports: [],
        category: { categoryId: 'threats-or-violence' },
      },
      'fr',
    );
    expect(summary).toMatchObject({
      name: 'Reddit · u/Élodie_Fictive · « Tu vas VOIR ce soir »',
      platform: 'reddit',
      author: 'u/Élodie_Fictive',
      address: 'https://www.reddit.com/r/x/comments/1/_/c/',
      categoryId: 'threats-or-violence',
      reported: true,
      caseIds: ['k'],
      trashed: false,
    });
    for (const word of ['elodie', 'voir ce soir', 'pendant le live', 'doxxing', 'exemple']) {
      expect(summary.haystack).toContain(word);
    }
  });

  it('falls back to the page for a capture without post details', () => {
    expect(captureSummaryOf(captureItem(record()), undefined, 'fr')).toMatchObject({
      name: 'www.reddit.com · Exemple',
      platform: 'web',
      author: '',
      address: 'https://www.reddit.com/r/exemple/comments/abc/',
      reported: false,
    });
  });

  it.each([
    ['elodie', true],
    ['ÉLODIE', true],
    ['élo pay', true],
    ['ca suffit', true],
    ['naive cafe', true],
    ['NAÏVE caf', true],
    ['payez', false],
    ['cafés', false],
  ])('finds « %s », accents and case aside, from the start of a word: %s', (text, found) => {
    const item = captureItem(
      record({
        post: {
          platform: 'x',
          extractor: 'x',
          kind: 'post',
          authorHandle: '@Élodie',
          text: 'Tu vas PAYER, ça suffit. A naïve café post.',
          published: { kind: 'unknown' },
          mediaUrls: [],
          missing: [],
        },
      }),
    );
    const results = filterCaptures([captureSummaryOf(item, undefined, 'fr')], { text });
    expect(results.length === 1).toBe(found);
  });
});
