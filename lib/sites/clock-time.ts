import type { PublicationTime } from './post-details';

const MINUTE = 60_000;

/** "14:32", "3:30", "3:30 PM", "14h32", "aujourd'hui à 14h32", "today at 3:30 PM". */
const CLOCK = /^(?:aujourd['’]hui à |today at )?(\d{1,2})([:h])(\d{2})(?:\s*([ap])\.?\s?m\.?)?$/;

type Reading = '12-hour' | '24-hour';

/**
 * A clock time as the latest minute not after the capture that it can name. Without AM/PM,
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
  if (!clock) return null;
  const [, hourText, separator, minuteText, meridiem] = clock;
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
    .map((candidate) => ({ ...candidate, at: latestAt(candidate.hour, minute, now) }))
    .sort((first, second) => second.at.getTime() - first.at.getTime());
  return {
    kind: 'range',
    label,
    earliest: latest!.at.toISOString(),
    latest: new Date(latest!.at.getTime() + MINUTE - 1).toISOString(),
    ...(latest!.reading ? { reading: latest!.reading } : {}),
  };
}

/** The latest instant at that wall-clock hour and minute, in this time zone, not after now. */
function latestAt(hour: number, minute: number, now: Date): Date {
  const at = new Date(now);
  at.setHours(hour, minute, 0, 0);
  if (at.getTime() > now.getTime()) at.setDate(at.getDate() - 1);
  return at;
}
