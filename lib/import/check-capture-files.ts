import type { ExportedCapture } from '../export/bundle-format';
import type { FileRole } from '../evidence/capture-metadata';
import type { CustodyEntry } from '../evidence/custody-entry';
import { bundleProblem, type BundleProblem } from './bundle-problem';
import type { BundleEntries } from './read-bundle-entries';

export interface CaptureFiles {
  problems: BundleProblem[];
  files: Map<FileRole, Blob>;
}

/**
 * Checks a capture's files against what was sealed at capture: each sealed file must be there
 * with its sealed hash, unless the custody log records its deletion; each convenience copy
 * (crop, thumbnail) and the capture's seal must match the hash metadata.json gives for it.
 */
export function checkCaptureFiles(
  exported: ExportedCapture,
  custody: readonly CustodyEntry[],
  metadataPath: string,
  { names, hashes, blobs }: BundleEntries,
): CaptureFiles {
  const problems: BundleProblem[] = [];
  const files = new Map<FileRole, Blob>();
  const recordedDeletions = new Set(
    custody.flatMap((entry) =>
      entry.kind === 'images-deleted' ? entry.data.files.map(deletionKey) : [],
    ),
  );
  const deleted = new Set<string>();
  for (const file of exported.deletedFiles) {
    if (recordedDeletions.has(deletionKey(file))) deleted.add(deletionKey(file));
    else
      problems.push(
        bundleProblem('deleted-file-unproven', { path: metadataPath, found: file.role }),
      );
  }
  for (const sealed of exported.metadata.files) {
    if (deleted.has(deletionKey(sealed))) continue;
    const listed = exported.files.find((file) => file.role === sealed.role && !file.derivedFrom);
    if (!listed || !names.has(listed.path)) {
      const path = listed?.path ?? metadataPath;
      problems.push(bundleProblem('sealed-file-missing', { path, found: sealed.role }));
      continue;
    }
    const actual = hashes.get(listed.path);
    if (actual !== undefined && actual !== sealed.sha256) {
      problems.push(bundleProblem('sealed-file-hash-mismatch', { path: listed.path }));
    }
  }
  for (const file of exported.files) {
    const actual = hashes.get(file.path);
    const blob = blobs.get(file.path);
    if (file.derivedFrom && !names.has(file.path)) {
      problems.push(bundleProblem('file-missing', { path: file.path }));
    } else if (file.derivedFrom && actual !== undefined && actual !== file.sha256) {
      problems.push(bundleProblem('derived-file-hash-mismatch', { path: file.path }));
    }
    if (blob) files.set(file.role, blob);
  }
  const seal = exported.seal;
  if (seal && !names.has(seal.path))
    problems.push(bundleProblem('file-missing', { path: seal.path }));
  else if (seal && (hashes.get(seal.path) ?? seal.sha256) !== seal.sha256)
    problems.push(bundleProblem('file-hash-mismatch', { path: seal.path }));
  return { problems, files };
}

function deletionKey({ role, sha256 }: { role: FileRole; sha256: string }): string {
  return `${role}:${sha256}`;
}
