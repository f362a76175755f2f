import type { CaptureSummary } from './capture-summary';
import { filterCaptures, type LibraryFilter } from './filter-captures';

const summary = (extra: Partial<CaptureSummary>): CaptureSummary => ({
  id: 'x',
  name: 'X (Twitter) · @someone',
  capturedAt: '2026-11-22T10:00:00.000Z',
  authorKey: 'x|handle|someone',
  host: 'x.com',
  platform: 'x',
  title: '',
  author: '@someone',
  address: 'https://x.com/someone/status/1',
  reported: false,
  reportedTo: [],
  tags: [],
  caseIds: [],
  trashed: false,
  imagesDeleted: false,
  haystack: '',
  ...extra,
  time: Date.parse(extra.capturedAt ?? '2026-11-22T10:00:00.000Z'),
});

const captures = [
  summary({ id: 'a', haystack: 'menace de mort @troll', author: '@Troll', categoryId: 'threats' }),
  summary({
    id: 'b',
    platform: 'twitch',
    haystack: 'insulte en direct elodie',
    reported: true,
    caseIds: ['k'],
    capturedAt: '2026-11-01T12:00:00.000Z',
  }),
  summary({
    id: 'c',
    haystack: 'vieux message',
    tags: ['doxxing'],
    capturedAt: '2025-01-01T10:00:00.000Z',
  }),
  summary({ id: 'd', haystack: 'menace supprimée', trashed: true }),
];

describe('filterCaptures', () => {
  it.each<[string, LibraryFilter, string[]]>([
    ['nothing: everything but the trash', {}, ['a', 'b', 'c']],
    ['every word, any order', { text: 'MORT menace' }, ['a']],
    ['accents aside', { text: 'Elodie' }, ['b']],
    ['by author', { author: 'troll' }, ['a']],
    ['by platform', { platform: 'twitch' }, ['b']],
    ['by category', { categoryId: 'threats' }, ['a']],
    ['reported', { status: 'reported' }, ['b']],
    ['captured, not reported', { status: 'captured' }, ['a', 'c']],
    ['by case', { caseId: 'k' }, ['b']],
    ['by tag', { tag: 'doxxing' }, ['c']],
    ['from a day', { from: '2026-11-01' }, ['a', 'b']],
    ['up to a day, inclusive', { to: '2025-01-01' }, ['c']],
    ['the trash', { trash: true, text: 'menace' }, ['d']],
  ])('%s', (_name, filter, expected) => {
    expect(filterCaptures(captures, filter).map((capture) => capture.id)).toEqual(expected);
  });
});
