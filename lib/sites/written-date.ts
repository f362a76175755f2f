import type { PublicationTime } from './post-details';

/** Month names and abbreviations as French and English pages write them, January first. */
const MONTHS = [
  /^(janvier|janv|january|jan)$/,
  /^(février|fevrier|févr|fevr|fév|fev|february|feb)$/,
  /^(mars|march|mar)$/,
  /^(avril|avr|april|apr)$/,
  /^(mai|may)$/,
  /^(juin|june|jun)$/,
  /^(juillet|juil|july|jul)$/,
  /^(août|aout|august|aug)$/,
  /^(septembre|sept|september|sep)$/,
  /^(octobre|october|oct)$/,
  /^(novembre|november|nov)$/,
  /^(décembre|decembre|déc|dec|december)$/,
];

/**
 * Day and month either way round, then perhaps the year, then perhaps the time, with AM/PM
 * when on a 12-hour clock: "12 mars 2025, 14:32", "March 12 at 1:32 PM", "12 mars à 14:05".
 */
const WRITTEN_DATE =
  /(?:(\d{1,2})(?:er)?\.?\s+(\p{L}+)\.?|(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b)(?:\s*,?\s+(\d{4}))?(?:\D{1,8}?(\d{1,2})[:h](\d{2})(?:\s*([ap])\.?\s?m\b\.?)?)?/giu;

const MINUTE = 60_000;

/**
 * A date written out ("12 mars 2025, 14:32", "March 12, 2025 at 1:32 PM", "12 mars à 14:05",
 * "12 mars 2025") as the minute, or the day, it names. Pages write such dates in the
 * browser's time zone, the one this code runs in. A date without its year (Facebook writes
 * this year's dates so) is the latest such date not after the capture. Undefined when the
 * text is not such a date; `label` is what the page shows.
 */
export function writtenDate(
  written: string | null | undefined,
  now: Date,
  label = written,
): PublicationTime | undefined {
  const found = dateIn(written ?? '');
  if (!found || !label?.trim()) return undefined;
  const { date, month } = found;
  const day = Number(date[1] ?? date[4]);
  const hasTime = date[6] !== undefined;
  const meridiem = date[8]?.toLowerCase();
  const hour = hasTime ? (Number(date[6]) % (meridiem ? 12 : 24)) + (meridiem === 'p' ? 12 : 0) : 0;
  const minute = hasTime ? Number(date[7]) : 0;
  if (minute > 59 || Number(date[6] ?? 0) > 23) return undefined;
  const at = (year: number) => new Date(year, month, day, hour, minute);
  let start = at(date[5] ? Number(date[5]) : now.getFullYear());
  if (!date[5] && start.getTime() > now.getTime()) start = at(now.getFullYear() - 1);
  if (start.getDate() !== day) return undefined;
  const end = hasTime
    ? new Date(start.getTime() + MINUTE - 1)
    : new Date(start.getFullYear(), month, day + 1, 0, 0, 0, -1);
  return {
    kind: 'range',
    label: label.trim(),
    earliest: start.toISOString(),
    latest: end.toISOString(),
  };
}

/** The first day-and-month in the text whose month is a month ("mardi 12 mars": not "mardi 12"). */
function dateIn(text: string): { date: RegExpExecArray; month: number } | undefined {
  WRITTEN_DATE.lastIndex = 0;
  for (let date = WRITTEN_DATE.exec(text); date; date = WRITTEN_DATE.exec(text)) {
    const name = (date[2] ?? date[3] ?? '').toLowerCase();
    const month = MONTHS.findIndex((pattern) => pattern.test(name));
    if (month >= 0) return { date, month };
    WRITTEN_DATE.lastIndex = date.index + 1;
  }
  return undefined;
}
