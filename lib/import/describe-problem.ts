import type { Locale } from '../i18n/catalogue';
import { problemText } from '../i18n/problem-text';
import type { BundleProblem } from './bundle-problem';

/** A problem in the reader's language, naming the file, line or entry concerned. */
export function describeProblem(problem: BundleProblem, locale: Locale): string {
  const { reason, path, entry, line, found } = problem;
  return problemText(locale)(reason === 'truncated' && path ? 'truncatedAt' : reason, {
    path: path ?? '?',
    entry: entry ?? '?',
    line: line ?? '?',
    found: found ?? '?',
  });
}
