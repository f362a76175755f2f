import type { PublicationTime } from './post-details';

const MINUTE = 60_000;

/** Day words before a time, as Facebook and chats write them; weekdays Sunday first. */
const WEEKDAYS = [
  /^(dimanche|sunday)$/,
  /^(lundi|monday)$/,
  /^(mardi|tuesday)$/,
  /^(mercredi|wednesday)$/,
  /^(jeudi|thursday)$/,
  /^(vendredi|friday)$/,
  /^(samedi|saturday)$/,
];

/** "14:32", "3:30 PM", "14h32", "aujourd'hui à 14h32", "hier à 9:05", "Tuesday at 2:05 PM". */
const CLOCK = /^(?:([\p{L}'’]+) (?:à|at) )?(\d{1,2})([:h])(\d{2})(?:\s*([ap])\.?\s?m\.?)?$/u;

/** Which days a time may be on: any (the latest), the day before the capture's, a weekday. */
type Day = { kind: 'latest' } | { kind: 'yesterday' } | { kind: 'weekday'; day: number };

type Reading = '12-hour' | '24-hour';

/**
 * A clock time as the latest minute not after the capture that it can name, on the day it
 * names if it names one ("hier", "mardi"). Without AM/PM,
 * "3:30" is 03:30 on a 24-hour clock and 15:30 on a 12-hour one (Twitch's en-US chat shows
 * no AM/PM): the later of the two that has already happened wins, and the result says
 * which reading gave it. "14h32" is French, always on a 24-hour clock. Null when the text is
 * not a clock time.
 */
export function clockMinute(label: string, now: Date): PublicationTime | null {
  const clock = CLOCK.exec(
    label
      .toLowerCase()
      .replace(/[\u00a0\u202f\s]+/g, ' ')
      .trim(),
  );
  const day = clock && dayOf(clock[1]);
  if (!clock || !day) return null;
  const [, , hourText, separator, minuteText, meridiem] = clock;
  const hour = Number(hourText);
  const minute = Number(minuteText);
  if (minute > 59 || hour > 23 || (meridiem && (hour < 1 || hour > 12))) return null;
  const readings: Array<{ hour: number; reading?: Reading }> = meridiem
    ? [{ hour: (hour % 12) + (meridiem === 'p' ? 12 : 0) }]
    : separator === 'h' || hour === 0 || hour > 12
      ? [{ hour }]
      : [
          { hour, reading: '24-hour' },
          { hour: (hour + 12) % 24, reading: '12-hour' },
        ];
  const [latest] = readings
    .map((candidate) => ({ ...candidate, at: latestAt(candidate.hour, minute, day, now) }))
    .sort((first, second) => second.at.getTime() - first.at.getTime());
  return {
    kind: 'range',
    label,
    earliest: latest!.at.toISOString(),
    latest: new Date(latest!.at.getTime() + MINUTE - 1).toISOString(),
    ...(latest!.reading ? { reading: latest!.reading } : {}),
  };
}

function dayOf(word: string | undefined): Day | undefined {
  if (!word || /^(aujourd['’]hui|today)$/.test(word)) return { kind: 'latest' };
  if (/^(hier|yesterday)$/.test(word)) return { kind: 'yesterday' };
  const weekday = WEEKDAYS.findIndex((name) => name.test(word));
  return weekday >= 0 ? { kind: 'weekday', day: weekday } : undefined;
}

/**
 * The latest instant at that wall-clock hour and minute, in this time zone, on an allowed
 * day, not after now (yesterday's is yesterday's, even if later than now).
 */
function latestAt(hour: number, minute: number, day: Day, now: Date): Date {
  const at = new Date(now);
  at.setHours(hour, minute, 0, 0);
  if (day.kind === 'yesterday') {
    at.setDate(at.getDate() - 1);
    return at;
  }
  while (at.getTime() > now.getTime() || (day.kind === 'weekday' && at.getDay() !== day.day)) {
    at.setDate(at.getDate() - 1);
  }
  return at;
}
