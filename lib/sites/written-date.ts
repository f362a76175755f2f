import type { PublicationTime } from './post-details';

/** Month names as French and English pages abbreviate or spell them, January first. */
const MONTHS = [
  /^jan/,
  /^f[eé][vb]/,
  /^mar/,
  /^a[pv]r/,
  /^ma[iy]/,
  /^jui?n/,
  /^jui?l/,
  /^(aug|ao[uû]t)/,
  /^sep/,
  /^oct/,
  /^nov/,
  /^d[eé]c/,
];

/** Day and month either way round, year, then the time, with AM/PM when on a 12-hour clock. */
const WRITTEN_DATE =
  /(?:(\d{1,2})\.?\s+(\p{L}+)\.?|(\p{L}+)\.?\s+(\d{1,2}))\s*,?\s+(\d{4})\D{1,8}?(\d{1,2})[:h](\d{2})(?:\s*([ap])\.?m\b)?/iu;

/**
 * A date written out to the minute ("12 mars 2025, 14:32", "March 12, 2025 at 1:32 PM"), as
 * the minute it names. Pages write such dates in the browser's time zone, the one this code
 * runs in. Undefined when the text is not such a date; `label` is what the page shows.
 */
export function writtenMinute(
  written: string | null | undefined,
  label = written,
): PublicationTime | undefined {
  const date = WRITTEN_DATE.exec(written ?? '');
  const month = MONTHS.findIndex((name) => name.test((date?.[2] ?? date?.[3] ?? '').toLowerCase()));
  if (!date || month < 0 || !label?.trim()) return undefined;
  const meridiem = date[8]?.toLowerCase();
  const hour = (Number(date[6]) % (meridiem ? 12 : 24)) + (meridiem === 'p' ? 12 : 0);
  const day = Number(date[1] ?? date[4]);
  const at = new Date(Number(date[5]), month, day, hour, Number(date[7]));
  if (at.getDate() !== day) return undefined;
  return {
    kind: 'range',
    label: label.trim(),
    earliest: at.toISOString(),
    latest: new Date(at.getTime() + 59_999).toISOString(),
  };
}
