import type { Locale } from '../i18n/catalogue';
import { problemText } from '../i18n/problem-text';
import { formatBytes } from '../i18n/translate';
import type { BundleProblem } from './bundle-problem';

/** A problem in the reader's language, naming the file, line or entry concerned. */
export function describeProblem(problem: BundleProblem, locale: Locale): string {
  const { reason, path, entry, line, found, other, size, limit } = problem;
  const key =
    reason === 'truncated' && path
      ? 'truncatedAt'
      : reason === 'hidden-data' && path
        ? 'hiddenDataNear'
        : reason === 'custody-bad-line' && line === undefined
          ? 'custody-bad-entry'
          : reason;
  const bytes = (value: number | undefined) =>
    value === undefined ? '?' : sizeInWords(value, locale);
  return problemText(locale)(key, {
    path: path ?? '?',
    entry: entry ?? '?',
    line: line ?? '?',
    found: found ?? '?',
    other: other ?? '?',
    size: bytes(size),
    limit: reason === 'ratio-too-high' ? String(limit ?? '?') : bytes(limit),
  });
}

/** A size for people, from bytes up: what hides in an archive may be a few bytes or gigabytes. */
function sizeInWords(bytes: number, locale: Locale): string {
  if (bytes >= 1e6) return formatBytes(bytes, locale);
  const kilobytes = bytes >= 1e3;
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'unit',
    unit: kilobytes ? 'kilobyte' : 'byte',
    unitDisplay: kilobytes ? 'short' : 'long',
    maximumFractionDigits: 1,
  }).format(kilobytes ? bytes / 1e3 : bytes);
}
