import {
  exportBundleManifestSchema,
  READABLE_BUNDLE_SCHEMAS,
  type ExportBundleManifest,
} from '../export/bundle-format';
import type { PixelComparer } from '../verification/check-crop';
import { bundleProblem, type BundleProblem } from './bundle-problem';
import { checkBundleSeals, type SumsSeal } from './check-bundle-seals';
import { checkBundleLayout, type CheckedCapture } from './check-bundle-layout';
import { checkSha256Sums } from './check-sha256-sums';
import { parseJson } from './parse-json';
import { readBundleEntries, type BundleEntries } from './read-bundle-entries';
import { readZip, ZipReadError } from './read-zip';
import { verifyExportedCapture, type VerifiedCapture } from './verify-exported-capture';
import { verifyExportedThreads, type VerifiedThread } from './verify-exported-threads';

export type { BundleProblem } from './bundle-problem';
export type { VerifiedCapture } from './verify-exported-capture';
export type { SumsSeal } from './check-bundle-seals';

export type BundleVerification =
  | {
      ok: true;
      manifest: ExportBundleManifest;
      captures: VerifiedCapture[];
      /** The threads, each whole (verify-exported-threads.ts). */
      threads: VerifiedThread[];
      /** The export's own seal, verified; null when it has none. */
      sumsSeal: SumsSeal | null;
    }
  | { ok: false; problems: BundleProblem[] };

export interface VerifyOptions {
  signal?: AbortSignal;
  /** Entries read so far, of all the archive's entries. */
  onProgress?: (done: number, total: number) => void;
  /** Compares a crop with the screenshot it was cut from (canvas-pixels.ts in a browser). */
  samePixels?: PixelComparer;
  /** Roots the seals may chain to besides those Témoin ships: the person's own authority's. */
  customRootsPem?: readonly string[];
}

export const MANIFEST_PATH = 'manifest.json';

/**
 * Checks an export bundle as a court expert would: the archive, every hash in SHA256SUMS,
 * each capture through the one verifier the library's « Vérifier » uses, and the bundle's
 * own layout. Every problem is listed, each naming its file and custody entry, so a person
 * knows exactly what was damaged or changed; an archive no Témoin bundle can be is refused at
 * once with the entry and the reason. Nothing is handed back to import unless all of it
 * holds. Rejects only when aborted.
 */
export async function verifyBundle(
  file: Blob,
  { signal, onProgress, samePixels, customRootsPem = [] }: VerifyOptions = {},
): Promise<BundleVerification> {
  signal?.throwIfAborted();
  let bundle: BundleEntries;
  try {
    bundle = await readBundleEntries(await readZip(file), {
      ...(signal ? { signal } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
  } catch (error) {
    if (!(error instanceof ZipReadError)) throw error;
    return { ok: false, problems: [bundleProblem(error.reason, error.details)] };
  }
  const problems = [...bundle.problems, ...checkSha256Sums(bundle)];
  const manifest = checkManifest(bundle, problems);
  const checked: CheckedCapture[] = [];
  for (const path of manifest?.captures ?? []) {
    signal?.throwIfAborted();
    const {
      problems: found,
      capture,
      placed = false,
    } = await verifyExportedCapture(path, bundle, samePixels ? { samePixels } : {});
    problems.push(...found);
    if (capture) checked.push({ path, capture, placed });
  }
  const threads = await verifyExportedThreads(manifest?.threads ?? [], bundle, samePixels);
  problems.push(...threads.problems);
  if (manifest) problems.push(...checkBundleLayout(bundle, manifest, checked, threads.described));
  const captures = checked.filter(({ placed }) => placed).map(({ capture }) => capture);
  const seals = manifest
    ? await checkBundleSeals(bundle, captures, manifest.exportedAt, customRootsPem)
    : { problems: [], sums: null };
  problems.push(...seals.problems);
  if (problems.length > 0 || !manifest) return { ok: false, problems: distinct(problems) };
  return { ok: true, manifest, captures, threads: threads.threads, sumsSeal: seals.sums };
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
