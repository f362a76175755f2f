import { exportedCaptureSchema, type ExportedCapture } from '../export/bundle-format';
import { canonicalJson } from '../evidence/canonical-json';
import type { FileRole } from '../evidence/capture-metadata';
import type { CustodyEntry } from '../evidence/custody-entry';
import { sha256Hex } from '../evidence/sha256';
import { verifyCustodyChain } from '../evidence/verify-custody';
import { bundleProblem, type BundleProblem } from './bundle-problem';
import { checkCaptureFiles } from './check-capture-files';
import { parseCustodyLog } from './parse-custody-log';
import type { BundleEntries } from './read-bundle-entries';
import { parseJson } from './parse-json';

export interface VerifiedCapture {
  exported: ExportedCapture;
  custody: CustodyEntry[];
  files: Map<FileRole, Blob>;
}

export interface CaptureVerification {
  problems: BundleProblem[];
  capture?: VerifiedCapture;
}

/** Checks one capture folder: its metadata, its sealed hash, its files and its custody chain. */
export async function verifyExportedCapture(
  metadataPath: string,
  bundle: BundleEntries,
): Promise<CaptureVerification> {
  const text = bundle.texts.get(metadataPath);
  if (text === undefined) {
    // A file there but unreadable has been reported already, with the reason.
    return {
      problems: bundle.names.has(metadataPath)
        ? []
        : [bundleProblem('metadata-missing', { path: metadataPath })],
    };
  }
  const raw = parseJson(text);
  if (raw === undefined)
    return { problems: [bundleProblem('metadata-not-json', { path: metadataPath })] };
  const parsed = exportedCaptureSchema.safeParse(raw);
  if (!parsed.success || parsed.data.metadata.id !== parsed.data.captureId) {
    return { problems: [bundleProblem('metadata-invalid', { path: metadataPath })] };
  }
  const exported = parsed.data;
  const problems: BundleProblem[] = [];
  // The raw object is hashed, not zod's copy: stripping an added field would hide the change.
  const sealed = (raw as { metadata: unknown }).metadata;
  if ((await sha256Hex(canonicalJson(sealed))) !== exported.metadataSha256) {
    problems.push(bundleProblem('metadata-hash-mismatch', { path: metadataPath }));
  }
  const custody = await checkCustody(exported, bundle, problems);
  const { problems: fileProblems, files } = checkCaptureFiles(
    exported,
    custody,
    metadataPath,
    bundle,
  );
  problems.push(...fileProblems);
  return { problems, capture: { exported, custody, files } };
}

async function checkCustody(
  { custodyPath: path, metadataSha256 }: ExportedCapture,
  { names, texts }: BundleEntries,
  problems: BundleProblem[],
): Promise<CustodyEntry[]> {
  const text = texts.get(path);
  if (text === undefined) {
    if (!names.has(path)) problems.push(bundleProblem('custody-missing', { path }));
    return [];
  }
  const { entries, badLines } = parseCustodyLog(text);
  for (const line of badLines) {
    problems.push(bundleProblem('custody-bad-line', { path, line, entry: line - 1 }));
  }
  if (badLines.length > 0) return entries;
  const broken = await verifyCustodyChain(entries, metadataSha256);
  if (broken)
    problems.push(bundleProblem(`custody-${broken.reason}`, { path, entry: broken.entry }));
  return entries;
}
