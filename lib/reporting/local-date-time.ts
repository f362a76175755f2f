import { describeInstant } from '../time/describe-instant';

/** An instant as a form wants it: the local calendar date and time of day in a time zone. */
export function localDateTime(iso: string, timeZone: string): { date: string; time: string } {
  const local = describeInstant(new Date(iso), timeZone).localTime;
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}
