import { CHAIN_PATH, SUMS_SEAL_PATH } from '../export/bundle-format';
import { bundleProblem, type BundleProblem } from './bundle-problem';
import type { BundleEntries } from './read-bundle-entries';
import { parseSha256Sums } from './parse-sha256-sums';

export const SUMS_PATH = 'SHA256SUMS';
/** Files made after SHA256SUMS, which therefore cannot list them: the export's seal and chain. */
const AFTER_SUMS = new Set([SUMS_PATH, SUMS_SEAL_PATH, CHAIN_PATH]);

/**
 * Checks the archive against SHA256SUMS both ways: every listed file is there with its hash,
 * and every file but SHA256SUMS itself and the seal files made after it is listed, so nothing
 * can be slipped in unnoticed.
 */
export function checkSha256Sums({ names, hashes, texts }: BundleEntries): BundleProblem[] {
  const text = texts.get(SUMS_PATH);
  if (text === undefined) {
    return names.has(SUMS_PATH) ? [] : [bundleProblem('sums-missing', { path: SUMS_PATH })];
  }
  const { files, badLines } = parseSha256Sums(text);
  const problems = badLines.map((line) =>
    bundleProblem('sums-bad-line', { path: SUMS_PATH, line }),
  );
  const listed = new Set<string>();
  for (const { path, sha256, line } of files) {
    if (listed.has(path)) {
      problems.push(bundleProblem('sums-duplicate-path', { path, line }));
      continue;
    }
    listed.add(path);
    if (!names.has(path)) problems.push(bundleProblem('file-missing', { path }));
    else if (hashes.has(path) && hashes.get(path) !== sha256) {
      problems.push(bundleProblem('file-hash-mismatch', { path }));
    }
  }
  for (const name of names) {
    if (!AFTER_SUMS.has(name) && !listed.has(name)) {
      problems.push(bundleProblem('file-not-listed', { path: name }));
    }
  }
  return problems;
}
