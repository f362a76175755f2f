import { crc32 } from '../export/crc32';
import { readZipDirectory, type ZipDirectoryEntry } from './zip-directory';
import { ZipReadError } from './zip-read-error';

export type { ZipDirectoryEntry } from './zip-directory';
export { ZipReadError, type ZipReadReason } from './zip-read-error';

export interface ZipEntryContent {
  /** The checked bytes, to hash or parse and then let go. */
  bytes: Uint8Array<ArrayBuffer>;
  /** The same content to keep: a slice of the archive when stored, so nothing is copied. */
  blob: Blob;
}

export interface ZipReader {
  entries: readonly ZipDirectoryEntry[];
  /** Reads one entry, checking its size and CRC-32; throws a ZipReadError naming it. */
  read(entry: ZipDirectoryEntry, signal?: AbortSignal): Promise<ZipEntryContent>;
}

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;

/**
 * Opens a ZIP held in a Blob or File without loading it: the directory is read at once, each
 * entry only when asked for, by slicing the Blob. Stored and deflated entries are supported,
 * so an archive re-zipped by another tool still opens.
 */
export async function readZip(file: Blob): Promise<ZipReader> {
  const { entries, directoryOffset } = await readZipDirectory(file);
  return {
    entries,
    read: async (entry, signal) => {
      signal?.throwIfAborted();
      const data = await entryData(file, entry, directoryOffset);
      const bytes =
        entry.method === STORED
          ? new Uint8Array(await data.arrayBuffer())
          : await inflate(data, entry, signal);
      if (bytes.length !== entry.size) {
        throw new ZipReadError(
          'size-mismatch',
          `${entry.name} holds ${bytes.length} bytes, the directory says ${entry.size}`,
          entry.name,
        );
      }
      if (crc32(bytes) !== entry.crc) {
        throw new ZipReadError('crc-mismatch', `${entry.name} fails its CRC-32 check`, entry.name);
      }
      return { bytes, blob: entry.method === STORED ? data : new Blob([bytes]) };
    },
  };
}

/** The entry's compressed data, found through its local header. */
async function entryData(
  file: Blob,
  entry: ZipDirectoryEntry,
  directoryOffset: number,
): Promise<Blob> {
  const { name, localHeaderOffset, compressedSize } = entry;
  const header = new Uint8Array(
    await file.slice(localHeaderOffset, localHeaderOffset + 30).arrayBuffer(),
  );
  if (header.length < 30) throw new ZipReadError('truncated', `${name} starts past the end`, name);
  const fields = new DataView(header.buffer);
  if (fields.getUint32(0, true) !== LOCAL_HEADER) {
    throw new ZipReadError('corrupt-directory', `The local header of ${name} is missing`, name);
  }
  const start = localHeaderOffset + 30 + fields.getUint16(26, true) + fields.getUint16(28, true);
  if (start + compressedSize > directoryOffset) {
    throw new ZipReadError('truncated', `${name} runs into the central directory`, name);
  }
  if (entry.method === STORED && compressedSize !== entry.size) {
    throw new ZipReadError('size-mismatch', `${name} is stored but its two sizes differ`, name);
  }
  return file.slice(start, start + compressedSize);
}

/**
 * Inflates raw deflate data, refusing to produce more than the declared size. Chunks are
 * gathered rather than a buffer of the declared size made up front, which a forged size
 * could make enormous.
 */
async function inflate(
  data: Blob,
  entry: ZipDirectoryEntry,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = data.stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) return joined(chunks, length);
      length += value.length;
      if (length > entry.size) {
        throw new ZipReadError(
          'size-mismatch',
          `${entry.name} inflates past its declared size`,
          entry.name,
        );
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ZipReadError || signal?.aborted) throw error;
    throw new ZipReadError('corrupt-data', `${entry.name} cannot be inflated`, entry.name);
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}

function joined(chunks: readonly Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
