import { captureStatistics, monthOf } from './statistics';

const capture = (capturedAt: string, extra: Record<string, unknown> = {}) => ({
  capturedAt,
  platform: 'x',
  reportedTo: [] as string[],
  trashed: false,
  ...extra,
});

describe('captureStatistics', () => {
  it('counts by category, platform and channel, most first, with explicit "none" buckets', () => {
    const statistics = captureStatistics([
      capture('2026-01-05T10:00:00Z', {
        categoryId: 'threats',
        reportedTo: ['pharos', 'platform'],
      }),
      capture('2026-01-06T10:00:00Z', { categoryId: 'threats', platform: 'twitch' }),
      capture('2026-01-07T10:00:00Z', { platform: 'twitch', reportedTo: ['pharos'] }),
    ]);
    expect(statistics.total).toBe(3);
    expect(statistics.byCategory).toEqual([
      { key: 'threats', count: 2 },
      { key: 'none', count: 1 },
    ]);
    expect(statistics.byPlatform).toEqual([
      { key: 'twitch', count: 2 },
      { key: 'x', count: 1 },
    ]);
    expect(statistics.byChannel).toEqual([
      { key: 'pharos', count: 2 },
      { key: 'none', count: 1 },
      { key: 'platform', count: 1 },
    ]);
  });

  it('leaves trashed captures out', () => {
    const statistics = captureStatistics([
      capture('2026-01-05T10:00:00Z'),
      capture('2026-01-05T10:00:00Z', { trashed: true }),
      capture('2025-06-05T10:00:00Z', { trashed: true, categoryId: 'threats' }),
    ]);
    expect(statistics.total).toBe(1);
    expect(statistics.byPlatform).toEqual([{ key: 'x', count: 1 }]);
    expect(statistics.byCategory).toEqual([{ key: 'none', count: 1 }]);
    // A trashed capture does not stretch the month axis back to June.
    expect(statistics.byMonth).toEqual([{ key: '2026-01', count: 1 }]);
  });

  it('lists every month from the first to the last, empty ones at zero, in order', () => {
    const statistics = captureStatistics(
      [
        capture('2026-03-10T10:00:00Z'),
        capture('2025-11-02T10:00:00Z'),
        capture('2026-03-11T10:00:00Z'),
      ],
      { timeZone: 'Europe/Paris' },
    );
    expect(statistics.byMonth).toEqual([
      { key: '2025-11', count: 1 },
      { key: '2025-12', count: 0 },
      { key: '2026-01', count: 0 },
      { key: '2026-02', count: 0 },
      { key: '2026-03', count: 2 },
    ]);
  });

  it('puts an instant in the month it was where the user is', () => {
    expect(monthOf('2026-01-31T23:30:00Z', 'Europe/Paris')).toBe('2026-02');
    expect(monthOf('2026-01-31T23:30:00Z', 'UTC')).toBe('2026-01');
    expect(captureStatistics([]).byMonth).toEqual([]);
  });
});
