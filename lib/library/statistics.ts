import { cachedDateTimeFormat } from '../time/date-formats';
import type { CaptureSummary } from './capture-summary';

export interface Bucket {
  /** A category, platform or channel id, `none`, or a month `YYYY-MM`. */
  key: string;
  count: number;
}

export interface CaptureStatistics {
  total: number;
  byCategory: Bucket[];
  byPlatform: Bucket[];
  /** A capture reported to two channels counts under both; `none` when not reported. */
  byChannel: Bucket[];
  /** Every month from the first capture to the last, empty ones included. */
  byMonth: Bucket[];
}

type Counted = Pick<
  CaptureSummary,
  'capturedAt' | 'platform' | 'categoryId' | 'reportedTo' | 'trashed'
>;

function counts(keys: Iterable<string>): Bucket[] {
  const map = new Map<string, number>();
  for (const key of keys) map.set(key, (map.get(key) ?? 0) + 1);
  return [...map]
    .map(([key, count]) => ({ key, count }))
    .sort((left, right) => right.count - left.count || left.key.localeCompare(right.key));
}

/** The month of an instant in a time zone, as `YYYY-MM`. */
export function monthOf(iso: string, timeZone?: string): string {
  const format = cachedDateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  });
  const parts = format.formatToParts(new Date(iso));
  const part = (type: string) => parts.find((item) => item.type === type)!.value;
  return `${part('year')}-${part('month')}`;
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/**
 * What the statistics view draws, from the captures shown (trashed ones aside): counts by
 * category, platform, channel reported to, and month.
 */
export function captureStatistics(
  summaries: readonly Counted[],
  { timeZone }: { timeZone?: string } = {},
): CaptureStatistics {
  const kept = summaries.filter((summary) => !summary.trashed);
  const months = counts(kept.map((summary) => monthOf(summary.capturedAt, timeZone)));
  const byMonth: Bucket[] = [];
  const sorted = months.map((bucket) => bucket.key).sort();
  if (sorted.length) {
    const count = new Map(months.map((bucket) => [bucket.key, bucket.count]));
    for (let month = sorted[0]!; month <= sorted.at(-1)!; month = nextMonth(month))
      byMonth.push({ key: month, count: count.get(month) ?? 0 });
  }
  return {
    total: kept.length,
    byCategory: counts(kept.map((summary) => summary.categoryId ?? 'none')),
    byPlatform: counts(kept.map((summary) => summary.platform)),
    byChannel: counts(
      kept.flatMap((summary) => (summary.reportedTo.length ? summary.reportedTo : ['none'])),
    ),
    byMonth,
  };
}
