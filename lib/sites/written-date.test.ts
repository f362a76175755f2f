import { writtenDate } from './written-date';

// The tests run in UTC (CI) or in whatever zone the machine has: compare local wall clocks.
const local = (iso: string) => {
  const date = new Date(iso);
  return [
    date.getFullYear(),
    date.getMonth() + 1,
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
  ];
};
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// The capture: 22 November 2026, 10:30 on the local clock.
const now = new Date(2026, 10, 22, 10, 30);

describe('writtenDate', () => {
  it.each([
    ['12 mars 2025, 14:32', [2025, 3, 12, 14, 32]],
    ['12 mars 2025 à 14h32', [2025, 3, 12, 14, 32]],
    ['March 12, 2025 at 1:32 PM', [2025, 3, 12, 13, 32]],
    ['Mar 12, 2025 at 12:05 AM', [2025, 3, 12, 0, 5]],
    ['1 déc. 2024, 09:00', [2024, 12, 1, 9, 0]],
    ['3 août 2025 08:15', [2025, 8, 3, 8, 15]],
    ['Mardi 12 mars 2025 à 14:05', [2025, 3, 12, 14, 5]],
    ['Wednesday, March 12, 2025 at 2:05 PM', [2025, 3, 12, 14, 5]],
    // Without a year: the latest such date not after the capture.
    ['12 mars à 14:05', [2026, 3, 12, 14, 5]],
    ['March 12 at 2:05 PM', [2026, 3, 12, 14, 5]],
    ['22 novembre à 10:29', [2026, 11, 22, 10, 29]],
    ['22 novembre à 10:31', [2025, 11, 22, 10, 31]],
    ['December 3 at 9:00 AM', [2025, 12, 3, 9, 0]],
    ['1er janvier à 00:01', [2026, 1, 1, 0, 1]],
  ])('reads %s as that minute', (written, wallClock) => {
    const result = writtenDate(written, now);
    expect(result?.kind).toBe('range');
    if (result?.kind !== 'range') return;
    expect(local(result.earliest)).toEqual(wallClock);
    expect(new Date(result.latest).getTime() - new Date(result.earliest).getTime()).toBe(
      MINUTE - 1,
    );
    expect(result.label).toBe(written);
  });

  it.each([
    ['12 mars 2024', [2024, 3, 12, 0, 0]],
    ['12 mars', [2026, 3, 12, 0, 0]],
    ['December 3', [2025, 12, 3, 0, 0]],
  ])('reads the date %s as that whole day', (written, wallClock) => {
    const result = writtenDate(written, now);
    expect(result?.kind === 'range' && local(result.earliest)).toEqual(wallClock);
    expect(
      result?.kind === 'range' &&
        new Date(result.latest).getTime() - new Date(result.earliest).getTime(),
    ).toBeGreaterThanOrEqual(DAY - 60 * MINUTE - 1); // a day, give or take a clock change
  });

  it('keeps the label as shown when the date comes from elsewhere', () => {
    expect(writtenDate('12 mars 2025 à 14:32', now, '3 h')).toMatchObject({ label: '3 h' });
  });

  it.each([
    'il y a 2 h',
    '31 février 2025, 10:00',
    '12 mars 2025, 25:10',
    'Mars',
    'mardi 12',
    'Maybe 5 people',
    '3 jours',
    '',
    null,
    undefined,
  ])('leaves %j alone', (written) => {
    expect(writtenDate(written, now)).toBeUndefined();
  });
});
