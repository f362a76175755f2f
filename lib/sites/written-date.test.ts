import { writtenMinute } from './written-date';

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

describe('writtenMinute', () => {
  it.each([
    ['12 mars 2025, 14:32', [2025, 3, 12, 14, 32]],
    ['12 mars 2025 à 14h32', [2025, 3, 12, 14, 32]],
    ['March 12, 2025 at 1:32 PM', [2025, 3, 12, 13, 32]],
    ['Mar 12, 2025 at 12:05 AM', [2025, 3, 12, 0, 5]],
    ['1 déc. 2024, 09:00', [2024, 12, 1, 9, 0]],
    ['3 août 2025 08:15', [2025, 8, 3, 8, 15]],
  ])('reads %s as that minute', (written, wallClock) => {
    const result = writtenMinute(written);
    expect(result?.kind).toBe('range');
    if (result?.kind !== 'range') return;
    expect(local(result.earliest)).toEqual(wallClock);
    expect(new Date(result.latest).getTime() - new Date(result.earliest).getTime()).toBe(59_999);
    expect(result.label).toBe(written);
  });

  it.each(['il y a 2 h', '31 février 2025, 10:00', 'Mars', '', null, undefined])(
    'leaves %j alone',
    (written) => {
      expect(writtenMinute(written)).toBeUndefined();
    },
  );
});
