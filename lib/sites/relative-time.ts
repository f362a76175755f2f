import { clockMinute } from './clock-time';
import type { PublicationTime } from './post-details';
import { writtenDate } from './written-date';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Units as French and English pages write them, with their length in milliseconds. */
const UNITS: ReadonlyArray<[RegExp, number]> = [
  [/^(s|sec|secs|second|seconds|seconde|secondes)$/, 1000],
  [/^(m|min|mins|minute|minutes|mn)$/, MINUTE],
  [/^(h|hr|hrs|hour|hours|heure|heures)$/, HOUR],
  [/^(d|j|day|days|jour|jours)$/, DAY],
  [/^(w|wk|wks|week|weeks|sem|semaine|semaines)$/, 7 * DAY],
  [/^(mo|mos|month|months|mois)$/, 30 * DAY],
  [/^(y|yr|yrs|year|years|an|ans|année|années)$/, 365 * DAY],
];

/**
 * Resolves a relative label ("il y a 2 h", "2h", "3 days ago", "hier", "à l'instant", "14:32")
 * to the range of instants it can mean, against the capture time. "2 h" means at least two
 * hours and less than three before; a clock time is read by `clockMinute`. Null when the
 * label is not a relative time.
 */
export function resolveRelativeTime(label: string, now: Date): PublicationTime | null {
  const text = label
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/\.$/, '')
    .trim();
  const range = (from: number, to: number): PublicationTime => ({
    kind: 'range',
    label,
    earliest: new Date(now.getTime() - to).toISOString(),
    latest: new Date(now.getTime() - from).toISOString(),
  });
  if (/^(à l'instant|à l’instant|maintenant|just now|now|now playing)$/.test(text)) {
    return range(0, MINUTE);
  }
  if (/^(hier|yesterday)$/.test(text)) {
    const startOfToday = new Date(now);
    startOfToday.setHours(0, 0, 0, 0);
    return {
      kind: 'range',
      label,
      earliest: new Date(startOfToday.getTime() - DAY).toISOString(),
      latest: new Date(startOfToday.getTime() - 1).toISOString(),
    };
  }
  const amount = /^(?:il y a |about |environ )?(\d+)\s?([a-zéû]+)\.?(?: ago)?$/.exec(text);
  if (amount) {
    const unit = UNITS.find(([pattern]) => pattern.test(amount[2]!.replace(/\.$/, '')));
    if (!unit) return null;
    const count = Number(amount[1]);
    return range(count * unit[1], (count + 1) * unit[1]);
  }
  return clockMinute(label, now);
}

/**
 * The publication time from an absolute `datetime` when there is one, else from a label: a
 * relative one, a clock time, or a date written out ("12 mars à 14:05").
 */
export function publicationTime(
  { datetime, label }: { datetime?: string | null; label?: string | null },
  now: Date,
): PublicationTime {
  const cleanLabel = label?.trim() || undefined;
  if (datetime && !Number.isNaN(Date.parse(datetime))) {
    return {
      kind: 'absolute',
      at: new Date(datetime).toISOString(),
      ...(cleanLabel ? { label: cleanLabel } : {}),
    };
  }
  if (cleanLabel) {
    return (
      resolveRelativeTime(cleanLabel, now) ??
      writtenDate(cleanLabel, now) ?? { kind: 'unknown', label: cleanLabel }
    );
  }
  return { kind: 'unknown' };
}
