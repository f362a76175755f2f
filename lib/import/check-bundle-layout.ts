import {
  CHAIN_PATH,
  POSTS_PATH,
  POSTS_SCHEMA_PATH,
  SUMS_SEAL_PATH,
  type ExportBundleManifest,
} from '../export/bundle-format';
import { bundleProblem, type BundleProblem } from './bundle-problem';
import type { BundleEntries } from './read-bundle-entries';
import type { VerifiedCapture } from './verify-exported-capture';

/** The files a bundle has beside its captures, which the format itself describes. */
const BUNDLE_FILES = [
  'SHA256SUMS',
  'manifest.json',
  'README.txt',
  'report.pdf',
  'captures.csv',
  POSTS_PATH,
  POSTS_SCHEMA_PATH,
  SUMS_SEAL_PATH,
  CHAIN_PATH,
];
const CAPTURE_METADATA = /^captures\/[^/]+\/metadata\.json$/;

/** A capture of the manifest that could be read, by its metadata.json's path. */
export interface CheckedCapture {
  path: string;
  capture: VerifiedCapture;
  /** Whether its files are its own, in its folder: if not, they were not checked. */
  placed: boolean;
}

/**
 * What only the bundle as a whole can show: a capture folder the manifest leaves out (an
 * import would leave it behind), the same capture twice (under two folders), and a file that
 * neither the format nor any capture describes, which SHA256SUMS alone would let pass.
 */
export function checkBundleLayout(
  { names }: BundleEntries,
  manifest: ExportBundleManifest,
  checked: readonly CheckedCapture[],
  /** The files the threads describe (verify-exported-threads.ts). */
  threadFiles: readonly string[] = [],
): BundleProblem[] {
  const listed = new Set(manifest.captures);
  const unlisted = [...names].filter((name) => CAPTURE_METADATA.test(name) && !listed.has(name));
  const problems = unlisted.map((path) => bundleProblem('capture-not-in-manifest', { path }));
  // The other files of a folder left out, or whose metadata.json does not hold, are that one
  // problem, not one each.
  const placed = new Set(checked.filter((capture) => capture.placed).map(({ path }) => path));
  const leftOut = [...unlisted, ...manifest.captures.filter((path) => !placed.has(path))].map(
    (path) => path.slice(0, -'metadata.json'.length),
  );
  const firstPath = new Map<string, string>();
  for (const { path, capture } of checked) {
    const { exported } = capture;
    const first = firstPath.get(exported.captureId);
    if (first === undefined) firstPath.set(exported.captureId, path);
    else {
      problems.push(
        bundleProblem('duplicate-capture', { path, other: first, found: exported.captureId }),
      );
    }
  }
  const described = new Set([
    ...BUNDLE_FILES,
    ...threadFiles,
    ...manifest.captures,
    ...checked.flatMap(({ capture: { exported } }) => [
      exported.custodyPath,
      ...exported.files.map((file) => file.path),
      ...(exported.seal ? [exported.seal.path] : []),
    ]),
  ]);
  for (const name of names) {
    if (!described.has(name) && !leftOut.some((folder) => name.startsWith(folder))) {
      problems.push(bundleProblem('file-not-described', { path: name }));
    }
  }
  return problems;
}
