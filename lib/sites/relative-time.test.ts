import { publicationTime, resolveRelativeTime } from './relative-time';

const now = new Date('2026-11-22T10:30:00.000Z');
const ago = (milliseconds: number) => new Date(now.getTime() - milliseconds).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('resolveRelativeTime', () => {
  it.each([
    ['il y a 2 h', 2 * HOUR, 3 * HOUR],
    ['il y a 3 heures', 3 * HOUR, 4 * HOUR],
    ['2h', 2 * HOUR, 3 * HOUR],
    ['2 h', 2 * HOUR, 3 * HOUR],
    ['45 min', 45 * MINUTE, 46 * MINUTE],
    ['il y a 5 min', 5 * MINUTE, 6 * MINUTE],
    ['il y a 3 j', 3 * DAY, 4 * DAY],
    ['3 j', 3 * DAY, 4 * DAY],
    ['il y a 2 sem.', 14 * DAY, 21 * DAY],
    ['il y a 1 mois', 30 * DAY, 60 * DAY],
    ['il y a 2 ans', 730 * DAY, 1095 * DAY],
    ['3d', 3 * DAY, 4 * DAY],
    ['2w', 14 * DAY, 21 * DAY],
    ['5m', 5 * MINUTE, 6 * MINUTE],
    ['10s', 10_000, 11_000],
    ['3 days ago', 3 * DAY, 4 * DAY],
    ['2 hours ago', 2 * HOUR, 3 * HOUR],
    ['1 year ago', 365 * DAY, 730 * DAY],
    ['à l’instant', 0, MINUTE],
    ['just now', 0, MINUTE],
  ])('%s', (label, from, to) => {
    expect(resolveRelativeTime(label, now)).toEqual({
      kind: 'range',
      label,
      earliest: ago(to),
      latest: ago(from),
    });
  });

  it.each(['Hier', 'yesterday'])('%s is the whole previous day', (label) => {
    const result = resolveRelativeTime(label, now);
    expect(result?.kind).toBe('range');
    if (result?.kind !== 'range') return;
    expect(new Date(result.latest).getTime() - new Date(result.earliest).getTime()).toBe(DAY - 1);
    expect(new Date(result.latest).getTime()).toBeLessThan(now.getTime());
  });

  it('reads a clock time as that minute today, or yesterday if still to come', () => {
    const earlier = resolveRelativeTime('09:05', now);
    const later = resolveRelativeTime('23:59', now);
    expect(earlier?.kind === 'range' && new Date(earlier.earliest).getTime()).toBeLessThan(
      now.getTime(),
    );
    expect(
      later?.kind === 'range' && now.getTime() - new Date(later.earliest).getTime(),
    ).toBeLessThan(DAY);
    expect(later?.kind === 'range' && new Date(later.earliest).getTime()).toBeLessThan(
      now.getTime(),
    );
  });

  it.each(['12 mars', 'Modifié', 'vu', '', 'il y a beaucoup'])('does not guess %j', (label) => {
    expect(resolveRelativeTime(label, now)).toBeNull();
  });
});

describe('publicationTime', () => {
  it('prefers an absolute datetime', () => {
    expect(publicationTime({ datetime: '2025-03-12T11:05:00Z', label: '3 h' }, now)).toEqual({
      kind: 'absolute',
      at: '2025-03-12T11:05:00.000Z',
      label: '3 h',
    });
  });

  it('keeps an unreadable label as unknown', () => {
    expect(publicationTime({ label: 'Modifié' }, now)).toEqual({
      kind: 'unknown',
      label: 'Modifié',
    });
  });

  it.each(['12 mars à 14:05', 'March 12 at 2:05 PM', '12 mars 2025'])(
    'reads the written date %s',
    (label) => {
      expect(publicationTime({ label }, now)).toMatchObject({ kind: 'range', label });
    },
  );

  it('says which reading of a clock time without AM/PM it used', () => {
    expect(publicationTime({ label: '3:30' }, now)).toHaveProperty('reading');
  });

  it('is unknown with nothing to go on', () => {
    expect(publicationTime({ datetime: 'not a date' }, now)).toEqual({ kind: 'unknown' });
  });
});
