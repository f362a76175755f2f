import { activeCriteria, emptyState } from './empty-state';

describe('emptyState', () => {
  it.each([
    ['captures shown', {}, 3, 5, null],
    ['the index still loading', {}, 0, undefined, null],
    ['nothing stored', {}, 0, 0, 'library'],
    ['an empty trash', { trash: true }, 0, 4, 'trash'],
    ['an empty trash, nothing stored outside it either', { trash: true }, 0, 0, 'trash'],
    ['a search that finds nothing', { text: 'menace' }, 0, 4, 'search'],
    ['a search in the trash that finds nothing', { trash: true, author: 'x' }, 0, 4, 'search'],
    ['a filter on a day with nothing', { from: '2026-01-01' }, 0, 4, 'search'],
  ] as const)('%s', (_case, filter, shown, stored, expected) => {
    expect(emptyState(filter, shown, stored)).toBe(expected);
  });

  it('counts the criteria set, the trash view aside', () => {
    expect(activeCriteria({})).toBe(0);
    expect(activeCriteria({ trash: true })).toBe(0);
    expect(activeCriteria({ text: 'a', platform: 'x', trash: true })).toBe(2);
  });
});
