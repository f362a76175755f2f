import { describeInstant } from './describe-instant';

describe('describeInstant', () => {
  it.each([
    ['Europe/Paris', '2026-01-15T12:00:00.123Z', '+01:00', '2026-01-15T13:00:00.123+01:00'],
    ['Europe/Paris', '2026-07-15T12:00:00.000Z', '+02:00', '2026-07-15T14:00:00.000+02:00'],
    ['UTC', '2026-07-15T12:00:00.000Z', '+00:00', '2026-07-15T12:00:00.000+00:00'],
    ['America/St_Johns', '2026-01-15T12:00:00.000Z', '-03:30', '2026-01-15T08:30:00.000-03:30'],
    ['Asia/Kolkata', '2026-01-15T23:45:00.999Z', '+05:30', '2026-01-16T05:15:00.999+05:30'],
    ['Pacific/Noumea', '2026-11-22T07:00:00.000Z', '+11:00', '2026-11-22T18:00:00.000+11:00'],
  ])('in %s at %s', (timeZone, iso, offset, local) => {
    expect(describeInstant(new Date(iso), timeZone)).toEqual({
      iso,
      timeZone,
      utcOffset: offset,
      localTime: local,
    });
  });

  it('handles the hour the clocks go back', () => {
    // 2026-10-25 01:30 UTC is 02:30 in Paris, after the change back to winter time.
    expect(describeInstant(new Date('2026-10-25T01:30:00.000Z'), 'Europe/Paris').utcOffset).toBe(
      '+01:00',
    );
    expect(describeInstant(new Date('2026-10-25T00:30:00.000Z'), 'Europe/Paris').utcOffset).toBe(
      '+02:00',
    );
  });
});
