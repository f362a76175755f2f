import { cachedDateTimeFormat } from './date-formats';

export interface DescribedInstant {
  /** UTC, ISO 8601 with milliseconds. */
  iso: string;
  timeZone: string;
  /** Offset from UTC at that instant, as ±HH:MM. */
  utcOffset: string;
  /** The same instant as the user's wall clock showed it, ISO 8601 with the offset. */
  localTime: string;
}

/** Describes an instant in UTC and in the user's own time zone. */
export function describeInstant(
  date: Date,
  timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
): DescribedInstant {
  const offsetMinutes = offsetInZone(date, timeZone);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const utcOffset = `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
  const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
  return { iso: date.toISOString(), timeZone, utcOffset, localTime: `${local}${utcOffset}` };
}

function offsetInZone(date: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    cachedDateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const wallClock = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((wallClock - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
