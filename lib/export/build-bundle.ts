import type { Annotation } from '../evidence/annotation';
import { canonicalJson } from '../evidence/canonical-json';
import type { CustodyEntry } from '../evidence/custody-entry';
import type { CaptureRecord, EvidenceDatabase, FileRecord } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import type { SealRecord } from '../seal/seal-records';
import {
  BUNDLE_SCHEMA,
  captureFolder,
  CHAIN_PATH,
  SUMS_SEAL_PATH,
  EXPORTED_CAPTURE_SCHEMA,
  FILE_NAMES,
  POSTS_PATH,
  POSTS_SCHEMA_PATH,
  type ExportBundleManifest,
  type ExportedCapture,
} from './bundle-format';
import { knownDigests } from './blob-digests';
import { bundleChainPem, exportedSealOf } from './bundle-seals';
import { bundleReadme } from './bundle-readme';
import { addThreads } from './bundle-threads';
import { capturePost, threadPosts } from './post-rows';
import { postsJson } from './posts-json';
import { postsJsonSchema } from './posts-schema';
import { capturesCsv } from './captures-csv';
import type { ExportProgress } from './export-progress';
import { sha256Sums } from './sha256-sums';
import { zipArchive, type ZipEntry } from './zip-archive';

export interface LoadedCapture {
  capture: CaptureRecord;
  annotation: Annotation | undefined;
  custody: CustodyEntry[];
  /** References to the stored files, for the PDF; their bytes are read only when written. */
  files: FileRecord[];
  seal?: SealRecord | undefined;
}

export interface BundleOptions {
  database: EvidenceDatabase;
  captureIds: readonly string[];
  language: 'fr' | 'en';
  exportedAt: Date;
  extensionVersion: string;
  caseName?: string;
  /** Threads to include, each with its sealed record, screens and posts (bundle-threads.ts). */
  threadIds?: readonly string[];
  /** Writes the PDF report, telling how many captures it has drawn; without it, no report. */
  pdf?: (captures: LoadedCapture[], onProgress: (done: number) => void) => Promise<Blob>;
  signal?: AbortSignal;
  /**
   * Asks for the export's own seal over SHA256SUMS; null when it did not come in time, and the
   * bundle goes without it. Without this option, the export is not sealed.
   */
  sealSums?: (
    sums: string,
  ) => Promise<{ response: Uint8Array<ArrayBuffer>; chainPem: string } | null>;
  /** Told as each phase moves: captures read, captures drawn in the report, files archived. */
  onProgress?: (progress: ExportProgress) => void;
}

/** Captures read per round trip: one transaction for their records, files, logs and notes. */
const READ_BATCH = 50;

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

async function readBatch(database: EvidenceDatabase, captureIds: string[]) {
  const tables = [
    database.captures,
    database.files,
    database.custody,
    database.annotations,
    database.seals,
  ];
  const [captures, files, custody, annotations, seals] = await database.transaction(
    'r',
    tables,
    () =>
      Promise.all([
        database.captures.bulkGet(captureIds),
        database.files.where('captureId').anyOf(captureIds).toArray(),
        database.custody.where('captureId').anyOf(captureIds).toArray(),
        database.annotations.bulkGet(captureIds),
        database.seals.bulkGet(captureIds),
      ]),
  );
  return captureIds.map((captureId, position) => {
    const capture = captures[position];
    if (!capture) throw new Error(`No capture ${captureId}`);
    return {
      captureId,
      capture,
      files: files.filter((file) => file.captureId === captureId),
      custody: custody
        .filter((entry) => entry.captureId === captureId)
        .sort((left, right) => left.index - right.index),
      annotation: annotations[position],
      seal: seals[position],
    };
  });
}

/**
 * Builds an export bundle (see bundle-format.ts). Captures are read one at a time and their
 * images enter the archive as references to the stored Blobs, never copied: the archive of a
 * thousand captures costs little more memory than one. Image hashes in SHA256SUMS are the
 * ones sealed at capture, so a file changed in the store since then fails `sha256sum -c`.
 */
export async function buildBundle(options: BundleOptions): Promise<Blob> {
  const { database, captureIds, exportedAt, signal } = options;
  const entries: ZipEntry[] = [];
  const sums: Array<{ path: string; sha256: string }> = [];
  const loaded: LoadedCapture[] = [];
  const chains: string[] = [];
  const add = async (path: string, data: Blob | string, sha256?: string) => {
    entries.push({ name: path, data, modified: exportedAt });
    const known = data instanceof Blob ? knownDigests(data).sha256 : undefined;
    sums.push({ path, sha256: sha256 ?? known ?? (await sha256Hex(data)) });
  };
  let done = 0;
  for (const batch of batches(captureIds, READ_BATCH)) {
    signal?.throwIfAborted();
    const records = await readBatch(database, batch);
    for (const { captureId, capture, files, custody, annotation, seal } of records) {
      const folder = captureFolder(captureId, capture.capturedAt);
      const sealBlob = seal && new Blob([seal.response], { type: 'application/timestamp-reply' });
      const sealSha256 = sealBlob && (await sha256Hex(sealBlob));
      const exported: ExportedCapture = {
        schema: EXPORTED_CAPTURE_SCHEMA,
        captureId,
        metadata: capture.metadata,
        metadataSha256: capture.metadataSha256,
        files: files.map((file) => ({
          role: file.role,
          path: `${folder}/${FILE_NAMES[file.role]}`,
          sha256: file.sha256,
          byteLength: file.blob.size,
          ...(file.derivedFrom ? { derivedFrom: file.derivedFrom } : {}),
        })),
        deletedFiles: custody.flatMap((entry) =>
          entry.kind === 'images-deleted' ? entry.data.files : [],
        ),
        custodyPath: `${folder}/custody.jsonl`,
        ...(seal && sealSha256 ? { seal: exportedSealOf(seal, folder, sealSha256) } : {}),
        ...(annotation?.category ? { category: annotation.category } : {}),
        tags: annotation?.tags ?? [],
        notes: annotation?.notes ?? [],
        reports: annotation?.reports ?? [],
      };
      for (const file of files)
        await add(`${folder}/${FILE_NAMES[file.role]}`, file.blob, file.sha256);
      await add(`${folder}/metadata.json`, `${JSON.stringify(exported, null, 2)}\n`);
      await add(exported.custodyPath, custody.map((entry) => `${canonicalJson(entry)}\n`).join(''));
      if (exported.seal && sealBlob) {
        await add(exported.seal.path, sealBlob, exported.seal.sha256);
        chains.push(seal.chainPem);
      }
      loaded.push({ capture, annotation, custody, files, seal });
      done += 1;
    }
    options.onProgress?.({ phase: 'reading', done, total: captureIds.length });
  }
  const { paths: threads, threads: threadEvidence } = await addThreads(
    database,
    options.threadIds ?? [],
    add,
  );
  await add('captures.csv', capturesCsv(loaded, options.language));
  const cases = new Map((await database.cases.toArray()).map((record) => [record.id, record.name]));
  const posts = [
    ...loaded.map(({ capture, annotation }) =>
      capturePost(capture, annotation, (id) => cases.get(id) ?? id),
    ),
    ...threadEvidence.flatMap(threadPosts),
  ];
  const stamp = { exportedAt, extensionVersion: options.extensionVersion };
  await add(POSTS_PATH, postsJson(posts, stamp));
  await add(POSTS_SCHEMA_PATH, postsJsonSchema());
  if (options.pdf) {
    const total = loaded.length;
    options.onProgress?.({ phase: 'report', done: 0, total });
    const pdf = await options.pdf(loaded, (drawn) =>
      options.onProgress?.({ phase: 'report', done: drawn, total }),
    );
    await add('report.pdf', pdf);
  }
  await add(
    'README.txt',
    bundleReadme(options.language, {
      sealed: chains.length > 0 || Boolean(options.sealSums),
      threads: threads.length > 0,
    }),
  );
  const manifest: ExportBundleManifest = {
    schema: BUNDLE_SCHEMA,
    exportedAt: exportedAt.toISOString(),
    extensionVersion: options.extensionVersion,
    language: options.language,
    ...(options.caseName ? { caseName: options.caseName } : {}),
    captures: loaded.map(
      ({ capture }) => `${captureFolder(capture.id, capture.capturedAt)}/metadata.json`,
    ),
    threads,
  };
  await add('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  const sumsText = sha256Sums(sums);
  entries.push({ name: 'SHA256SUMS', data: sumsText, modified: exportedAt });
  if (options.sealSums) options.onProgress?.({ phase: 'seal' });
  const sumsSeal = options.sealSums ? await options.sealSums(sumsText) : null;
  signal?.throwIfAborted();
  if (sumsSeal) {
    entries.push({
      name: SUMS_SEAL_PATH,
      data: new Blob([sumsSeal.response]),
      modified: exportedAt,
    });
    chains.push(sumsSeal.chainPem);
  }
  const chain = bundleChainPem(chains);
  if (chain) entries.push({ name: CHAIN_PATH, data: chain, modified: exportedAt });
  const files = entries.length;
  options.onProgress?.({ phase: 'archive', done: 0, total: files });
  return zipArchive(entries, {
    ...(signal ? { signal } : {}),
    onProgress: (archived) =>
      options.onProgress?.({ phase: 'archive', done: archived, total: files }),
  });
}
