import { clockMinute } from './clock-time';

const local = (iso: string) => {
  const date = new Date(iso);
  return [date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes()];
};
const at = (hour: number, minute: number) => new Date(2026, 10, 22, hour, minute);

describe('clockMinute', () => {
  it.each([
    // Captured at 16:05: "3:30" was this afternoon on a 12-hour clock.
    ['3:30', at(16, 5), [11, 22, 15, 30], '12-hour'],
    // Captured at 10:30: this morning's 3:30 is later than yesterday's 15:30.
    ['3:30', at(10, 30), [11, 22, 3, 30], '24-hour'],
    // Captured at 02:00: yesterday afternoon's 15:30 is the latest.
    ['3:30', at(2, 0), [11, 21, 15, 30], '12-hour'],
    ['9:05', at(10, 30), [11, 22, 9, 5], '24-hour'],
    ['11:59', at(12, 30), [11, 22, 11, 59], '24-hour'],
    // "12:15" is a quarter past noon, or past midnight on a 12-hour clock.
    ['12:15', at(10, 30), [11, 22, 0, 15], '12-hour'],
    ['12:15', at(13, 0), [11, 22, 12, 15], '24-hour'],
    ['1:36', at(13, 40), [11, 22, 13, 36], '12-hour'],
  ])('reads %s captured at %s', (label, now, wallClock, reading) => {
    const result = clockMinute(label, now);
    expect(result).toMatchObject({ kind: 'range', label, reading });
    expect(result?.kind === 'range' && local(result.earliest)).toEqual(wallClock);
    expect(result?.kind === 'range' && new Date(result.latest).getTime()).toBe(
      result?.kind === 'range' && new Date(result.earliest).getTime() + 59_999,
    );
  });

  it.each([
    ['21:47', at(22, 0), [11, 22, 21, 47]],
    ['21:47', at(10, 30), [11, 21, 21, 47]],
    ['0:05', at(10, 30), [11, 22, 0, 5]],
    ['9h05', at(22, 0), [11, 22, 9, 5]],
    ["aujourd'hui à 14h32", at(15, 0), [11, 22, 14, 32]],
    ['3:30 PM', at(16, 5), [11, 22, 15, 30]],
    ['3:30 PM', at(10, 30), [11, 21, 15, 30]],
    ['12:05 AM', at(10, 30), [11, 22, 0, 5]],
    ['12:05 p.m.', at(13, 0), [11, 22, 12, 5]],
    ['Today at 2:41 PM', at(15, 0), [11, 22, 14, 41]],
  ])('reads the unambiguous %s captured at %s without a reading', (label, now, wallClock) => {
    const result = clockMinute(label, now);
    expect(result?.kind === 'range' && local(result.earliest)).toEqual(wallClock);
    expect(result).not.toHaveProperty('reading');
  });

  // 22 November 2026 is a Sunday.
  it.each([
    ['hier à 14:05', at(10, 30), [11, 21, 14, 5]],
    ['Yesterday at 11:50 PM', at(10, 30), [11, 21, 23, 50]],
    ['mardi à 14:05', at(10, 30), [11, 17, 14, 5]],
    ['Tuesday at 2:05 PM', at(10, 30), [11, 17, 14, 5]],
    ['dimanche à 09:15', at(10, 30), [11, 22, 9, 15]],
    ['dimanche à 13:15', at(10, 30), [11, 15, 13, 15]],
  ])('reads %s on the day it names', (label, now, wallClock) => {
    const result = clockMinute(label, now);
    expect(result?.kind === 'range' && local(result.earliest)).toEqual(wallClock);
  });

  it.each(['24:00', '12:60', '13:30 PM', '0:10 AM', '3 h', 'il y a 3:30', 'demain à 14:05', ''])(
    'does not read %j',
    (label) => {
      expect(clockMinute(label, at(10, 30))).toBeNull();
    },
  );
});
