import {
  captureFolder,
  exportedCaptureSchema,
  FILE_NAMES,
  type ExportedCapture,
} from '../export/bundle-format';
import type { FileRole } from '../evidence/capture-metadata';
import type { CustodyEntry } from '../evidence/custody-entry';
import type { SealRecord } from '../seal/seal-records';
import type { PixelComparer } from '../verification/check-crop';
import type { EvidenceProblem } from '../verification/evidence-problem';
import { verifyEvidence } from '../verification/verify-evidence';
import { bundleProblem, type BundleProblem } from './bundle-problem';
import { parseJson } from './parse-json';
import type { BundleEntries } from './read-bundle-entries';

export interface VerifiedCapture {
  exported: ExportedCapture;
  custody: CustodyEntry[];
  files: Map<FileRole, Blob>;
  /** Its seal, once checkBundleSeals has verified it: what the import stores. */
  seal?: SealRecord;
}

export interface CaptureVerification {
  problems: BundleProblem[];
  capture?: VerifiedCapture;
  /** Its files are in its folder, under their names: false leaves the rest unchecked. */
  placed?: boolean;
}

/** The annotation as metadata.json copies it, for people reading the bundle. */
const ANNOTATION_FIELDS = ['category', 'tags', 'notes', 'reports'] as const;

/**
 * Checks one capture folder: its metadata.json follows the format and keeps to its own
 * folder, then the one verifier every capture goes through (verifyEvidence), then what only a
 * bundle says: the deletions metadata.json claims must be in the custody log.
 */
export async function verifyExportedCapture(
  metadataPath: string,
  bundle: BundleEntries,
  options: { samePixels?: PixelComparer } = {},
): Promise<CaptureVerification> {
  const path = metadataPath;
  const text = bundle.texts.get(path);
  if (text === undefined) {
    // A file there but unreadable has been reported already, with the reason.
    return {
      problems: bundle.names.has(path) ? [] : [bundleProblem('metadata-missing', { path })],
    };
  }
  const raw = parseJson(text);
  if (raw === undefined) return { problems: [bundleProblem('metadata-not-json', { path })] };
  const parsed = exportedCaptureSchema.safeParse(raw);
  if (!parsed.success || parsed.data.metadata.id !== parsed.data.captureId) {
    return { problems: [bundleProblem('metadata-invalid', { path })] };
  }
  const exported = parsed.data;
  // A capture out of place is named, and checked no further: its paths may be another's.
  const misplaced = misplacedFiles(exported, path);
  if (misplaced.length > 0) {
    return {
      problems: misplaced,
      capture: { exported, custody: [], files: new Map() },
      placed: false,
    };
  }
  const custodyText = bundle.texts.get(exported.custodyPath);
  if (custodyText === undefined) {
    // Without its log nothing else of the capture can be judged; an unreadable log has been
    // reported already, with the reason.
    const missing = !bundle.names.has(exported.custodyPath);
    return {
      problems: missing ? [bundleProblem('custody-missing', { path: exported.custodyPath })] : [],
      placed: true,
    };
  }
  const problems: BundleProblem[] = [];
  const present = exported.files.filter((file) => bundle.names.has(file.path));
  for (const file of exported.files.filter((file) => file.derivedFrom && !present.includes(file))) {
    problems.push(bundleProblem('file-missing', { path: file.path }));
  }
  const lines = custodyText.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const report = await verifyEvidence(
    {
      captureId: exported.captureId,
      // The raw object is hashed, not zod's copy: stripping an added field would hide it.
      metadata: (raw as { metadata: unknown }).metadata,
      metadataSha256: exported.metadataSha256,
      files: present.map((file) => ({
        role: file.role,
        ...(bundle.blobs.has(file.path) ? { blob: bundle.blobs.get(file.path)! } : {}),
        actualSha256: bundle.hashes.get(file.path) ?? null,
        recordedSha256: file.sha256,
        ...(file.derivedFrom ? { derivedFrom: file.derivedFrom } : {}),
      })),
      custody: lines.map((line, index) => ({ raw: parseJson(line), line: index + 1 })),
      annotation: { copy: exported, fields: ANNOTATION_FIELDS },
    },
    options,
  );
  problems.push(...unprovenDeletions(exported, report.custody, path));
  problems.push(...report.problems.map((problem) => inBundle(problem, exported, path)));
  const files = new Map<FileRole, Blob>();
  for (const file of present) {
    const blob = bundle.blobs.get(file.path);
    if (blob) files.set(file.role, blob);
  }
  return { problems, capture: { exported, custody: report.custody, files }, placed: true };
}

/**
 * A capture's files must be its own: in the folder its id and time name, each under its
 * role's name. Otherwise two captures could claim one file, or a forged capture another's.
 */
function misplacedFiles(exported: ExportedCapture, metadataPath: string): BundleProblem[] {
  const folder = captureFolder(exported.captureId, exported.metadata.time.capturedAt);
  const roles = exported.files.map((file) => file.role);
  const wrong = [
    ...(metadataPath === `${folder}/metadata.json` ? [] : [metadataPath]),
    ...(exported.custodyPath === `${folder}/custody.jsonl` ? [] : [exported.custodyPath]),
    ...exported.files
      .filter(
        (file, index) =>
          file.path !== `${folder}/${FILE_NAMES[file.role]}` || roles.indexOf(file.role) !== index,
      )
      .map((file) => file.path),
  ];
  return wrong.map((path) => bundleProblem('file-misplaced', { path }));
}

function unprovenDeletions(
  exported: ExportedCapture,
  custody: readonly CustodyEntry[],
  path: string,
): BundleProblem[] {
  const recorded = new Set(
    custody.flatMap((entry) =>
      entry.kind === 'images-deleted'
        ? entry.data.files.map((file) => `${file.role}:${file.sha256}`)
        : [],
    ),
  );
  return exported.deletedFiles
    .filter((file) => !recorded.has(`${file.role}:${file.sha256}`))
    .map((file) => bundleProblem('deleted-file-unproven', { path, found: file.role }));
}

/** A problem of the one verifier, named by the bundle's file it is about. */
function inBundle(
  problem: EvidenceProblem,
  exported: ExportedCapture,
  metadataPath: string,
): BundleProblem {
  const { reason, subject, ...details } = problem;
  const path =
    subject === 'metadata' || subject === 'annotation'
      ? metadataPath
      : subject === 'custody'
        ? exported.custodyPath
        : (exported.files.find((file) => file.role === subject)?.path ?? metadataPath);
  return bundleProblem(reason, { path, ...details });
}
