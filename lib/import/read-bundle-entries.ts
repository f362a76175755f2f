import { Sha256Stream } from '../evidence/sha256-stream';
import { bundleProblem, type BundleProblem } from './bundle-problem';
import { checkEntryLimits } from './check-entry-limits';
import { ZipReadError, type ZipReader } from './read-zip';

export interface BundleEntries {
  /** The name of every file the format has, readable or not. */
  names: Set<string>;
  /** The SHA-256 of each file that could be read. */
  hashes: Map<string, string>;
  /** The text of the files the checks parse: JSON, JSON lines, SHA256SUMS. */
  texts: Map<string, string>;
  /** The images, to compare pixels and to hand to the import. */
  blobs: Map<string, Blob>;
  problems: BundleProblem[];
}

/** Inflated bytes gathered in memory before they are handed to a Blob, which may keep them on disk. */
const BLOB_PART = 4 << 20;

/**
 * Reads every entry once, in the archive's order, as a stream: each chunk is hashed as it
 * comes and then let go, but for the texts the checks parse (bounded by checkEntryLimits) and
 * the images of a deflated archive, which go into Blobs a few megabytes at a time. An entry
 * that fails its CRC or size check is reported and the others are still read, so the person
 * sees every damaged file at once. Names outside the format are named, never read.
 */
export async function readBundleEntries(
  reader: ZipReader,
  {
    signal,
    onProgress,
  }: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void },
): Promise<BundleEntries> {
  const { known, unexpected } = checkEntryLimits(reader.entries);
  const result: BundleEntries = {
    names: new Set(known.map(({ entry }) => entry.name)),
    hashes: new Map(),
    texts: new Map(),
    blobs: new Map(),
    problems: unexpected.map((path) => bundleProblem('unexpected-file', { path })),
  };
  for (const [index, { entry, kind }] of known.entries()) {
    signal?.throwIfAborted();
    const hash = new Sha256Stream();
    const kept: Uint8Array[] = [];
    const parts: Blob[] = [];
    let keptBytes = 0;
    const keepsBytes = kind.keep === 'text' || (kind.keep === 'file' && entry.method !== 0);
    try {
      const { stored } = await reader.read(
        entry,
        (chunk) => {
          hash.update(chunk);
          if (!keepsBytes) return;
          kept.push(chunk);
          keptBytes += chunk.length;
          if (kind.keep === 'file' && keptBytes >= BLOB_PART) {
            parts.push(new Blob(kept.splice(0) as BlobPart[]));
            keptBytes = 0;
          }
        },
        signal,
      );
      result.hashes.set(entry.name, hash.hex());
      if (kind.keep === 'text')
        result.texts.set(entry.name, await new Blob(kept as BlobPart[]).text());
      if (kind.keep === 'file') {
        result.blobs.set(entry.name, stored ?? new Blob([...parts, ...(kept as BlobPart[])]));
      }
    } catch (error) {
      if (!(error instanceof ZipReadError)) throw error;
      result.problems.push(bundleProblem(error.reason, error.details));
    }
    onProgress?.(index + 1, known.length);
  }
  return result;
}
