import { sha256Hex } from '../evidence/sha256';
import { bundleProblem, type BundleProblem } from './bundle-problem';
import { ZipReadError, type ZipReader } from './read-zip';

export interface BundleEntries {
  /** Every file name in the archive, readable or not. */
  names: Set<string>;
  /** The SHA-256 of each file that could be read. */
  hashes: Map<string, string>;
  /** The text of the small files the checks parse: JSON, JSON lines, SHA256SUMS. */
  texts: Map<string, string>;
  /** The content of every other file, to hand to the importer. */
  blobs: Map<string, Blob>;
  problems: BundleProblem[];
}

const TEXT_FILE = /(\.json|\.jsonl|^SHA256SUMS)$/;

/**
 * Reads and hashes every entry once, one at a time: only the entry being hashed is in memory.
 * An entry that fails its CRC or size check is reported and the others are still read, so
 * the person sees every damaged file at once.
 */
export async function readBundleEntries(
  reader: ZipReader,
  {
    signal,
    onProgress,
  }: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void },
): Promise<BundleEntries> {
  const result: BundleEntries = {
    names: new Set(reader.entries.map((entry) => entry.name)),
    hashes: new Map(),
    texts: new Map(),
    blobs: new Map(),
    problems: [],
  };
  for (const [index, entry] of reader.entries.entries()) {
    signal?.throwIfAborted();
    try {
      const { bytes, blob } = await reader.read(entry, signal);
      result.hashes.set(entry.name, await sha256Hex(bytes));
      if (TEXT_FILE.test(entry.name)) result.texts.set(entry.name, new TextDecoder().decode(bytes));
      else result.blobs.set(entry.name, blob);
    } catch (error) {
      if (!(error instanceof ZipReadError)) throw error;
      result.problems.push(bundleProblem(error.reason, { path: entry.name }));
    }
    onProgress?.(index + 1, reader.entries.length);
  }
  return result;
}
