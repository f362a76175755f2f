import {
  exportBundleManifestSchema,
  READABLE_BUNDLE_SCHEMAS,
  type ExportBundleManifest,
} from '../export/bundle-format';
import { bundleProblem, type BundleProblem } from './bundle-problem';
import { checkSha256Sums } from './check-sha256-sums';
import { parseJson } from './parse-json';
import { readBundleEntries, type BundleEntries } from './read-bundle-entries';
import { readZip, ZipReadError, type ZipReader } from './read-zip';
import { verifyExportedCapture, type VerifiedCapture } from './verify-exported-capture';

export type { BundleProblem } from './bundle-problem';
export type { VerifiedCapture } from './verify-exported-capture';

export type BundleVerification =
  | { ok: true; manifest: ExportBundleManifest; captures: VerifiedCapture[] }
  | { ok: false; problems: BundleProblem[] };

export interface VerifyOptions {
  signal?: AbortSignal;
  /** Entries read so far, of all the archive's entries. */
  onProgress?: (done: number, total: number) => void;
}

const MANIFEST_PATH = 'manifest.json';
const CAPTURE_METADATA = /^captures\/[^/]+\/metadata\.json$/;

/**
 * Checks an export bundle as a court expert would: the archive, every hash in SHA256SUMS,
 * each capture's sealed metadata, files and custody chain. Every problem is listed, each
 * naming its file and custody entry, so a person knows exactly what was damaged or changed.
 * Nothing is handed back to import unless all of it holds. Rejects only when aborted.
 */
export async function verifyBundle(
  file: Blob,
  { signal, onProgress }: VerifyOptions = {},
): Promise<BundleVerification> {
  signal?.throwIfAborted();
  let reader: ZipReader;
  try {
    reader = await readZip(file);
  } catch (error) {
    if (!(error instanceof ZipReadError)) throw error;
    const path = error.path === undefined ? {} : { path: error.path };
    return { ok: false, problems: [bundleProblem(error.reason, path)] };
  }
  const bundle = await readBundleEntries(reader, {
    ...(signal ? { signal } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  const problems = [...bundle.problems, ...checkSha256Sums(bundle)];
  const manifest = checkManifest(bundle, problems);
  problems.push(...unlistedCaptures(bundle, manifest));
  const captures: VerifiedCapture[] = [];
  const folderOf = new Map<string, string>();
  for (const metadataPath of manifest?.captures ?? []) {
    signal?.throwIfAborted();
    const verification = await verifyExportedCapture(metadataPath, bundle);
    problems.push(...verification.problems);
    const capture = verification.capture;
    if (!capture) continue;
    // The same capture twice could not be imported in one transaction, and is not an export.
    const first = folderOf.get(capture.exported.captureId);
    if (first)
      problems.push(bundleProblem('duplicate-capture', { path: metadataPath, found: first }));
    else folderOf.set(capture.exported.captureId, metadataPath);
    captures.push(capture);
  }
  if (problems.length > 0 || !manifest) return { ok: false, problems: distinct(problems) };
  return { ok: true, manifest, captures };
}

function checkManifest(
  { names, texts }: BundleEntries,
  problems: BundleProblem[],
): ExportBundleManifest | undefined {
  const text = texts.get(MANIFEST_PATH);
  const path = MANIFEST_PATH;
  if (text === undefined) {
    if (!names.has(path)) problems.push(bundleProblem('manifest-missing', { path }));
    return undefined;
  }
  const raw = parseJson(text);
  if (raw === undefined) {
    problems.push(bundleProblem('manifest-not-json', { path }));
    return undefined;
  }
  const schema = (raw as { schema?: unknown } | null)?.schema;
  if (typeof schema !== 'string' || !READABLE_BUNDLE_SCHEMAS.includes(schema)) {
    problems.push(
      bundleProblem('manifest-unsupported-version', { path, found: String(schema ?? 'none') }),
    );
    return undefined;
  }
  const parsed = exportBundleManifestSchema.safeParse(raw);
  if (!parsed.success || new Set(parsed.data.captures).size !== parsed.data.captures.length) {
    problems.push(bundleProblem('manifest-invalid', { path }));
    return undefined;
  }
  return parsed.data;
}

/** A capture folder the manifest leaves out would be silently left behind by an import. */
function unlistedCaptures(
  { names }: BundleEntries,
  manifest: ExportBundleManifest | undefined,
): BundleProblem[] {
  if (!manifest) return [];
  const listed = new Set(manifest.captures);
  return [...names]
    .filter((name) => CAPTURE_METADATA.test(name) && !listed.has(name))
    .map((path) => bundleProblem('capture-not-in-manifest', { path }));
}

/** A file missing from SHA256SUMS and from metadata.json is one problem, not two. */
function distinct(problems: BundleProblem[]): BundleProblem[] {
  const seen = new Set<string>();
  return problems.filter(({ reason, path, entry, line }) => {
    const key = JSON.stringify([reason, path, entry, line]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
