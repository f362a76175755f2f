import { crc32 } from '../export/crc32';
import { inflateBounded } from './inflate-bounded';
import { readZipDirectory } from './zip-directory';
import { checkOverlaps, readLocalHeaders, type ZipEntry } from './zip-layout';
import { ZipReadError } from './zip-read-error';

export type { ZipEntry } from './zip-layout';
export { ZipReadError, type ZipReadReason } from './zip-read-error';

export interface ZipReader {
  /** The files, in the archive's order; folder entries are checked, then left out. */
  entries: readonly ZipEntry[];
  /**
   * Streams one entry's bytes to `take`, chunk by chunk, and checks its size and CRC-32;
   * throws a ZipReadError naming it. A stored entry is also handed back whole, as a slice
   * of the archive: nothing is copied.
   */
  read(
    entry: ZipEntry,
    take: (chunk: Uint8Array) => void,
    signal?: AbortSignal,
  ): Promise<{ stored?: Blob }>;
}

const STORED = 0;

/**
 * Opens a ZIP held in a Blob or File without loading it. The directory and every local
 * header are read and checked at once (they must agree, entries may not overlap, nothing may
 * hide between them); each entry's data only when asked for, by slicing the Blob. Stored and
 * deflated entries are supported, so an archive re-zipped by another tool still opens.
 */
export async function readZip(file: Blob): Promise<ZipReader> {
  const { entries, directoryOffset } = await readZipDirectory(file);
  checkOverlaps(entries, directoryOffset);
  const located = await readLocalHeaders(file, entries, directoryOffset);
  return {
    entries: located.filter((entry) => !entry.folder),
    read: async (entry, take, signal) => {
      signal?.throwIfAborted();
      const { name, dataOffset, compressedSize, size } = entry;
      const data = file.slice(dataOffset, dataOffset + compressedSize);
      let crc = 0;
      const checked = (chunk: Uint8Array) => {
        crc = crc32(chunk, crc);
        take(chunk);
      };
      let length: number;
      if (entry.method === STORED) {
        if (compressedSize !== size) {
          throw new ZipReadError('size-mismatch', `${name} is stored but its two sizes differ`, {
            path: name,
          });
        }
        length = await streamInto(data, checked, signal);
      } else length = await inflateBounded(data, entry, checked, signal);
      if (length !== size) {
        throw new ZipReadError('size-mismatch', `${name} holds ${length} bytes, not ${size}`, {
          path: name,
          size,
        });
      }
      if (crc !== entry.crc) {
        throw new ZipReadError('crc-mismatch', `${name} fails its CRC-32 check`, { path: name });
      }
      return entry.method === STORED ? { stored: data } : {};
    },
  };
}

async function streamInto(
  data: Blob,
  take: (chunk: Uint8Array) => void,
  signal?: AbortSignal,
): Promise<number> {
  const reader = data.stream().getReader();
  let length = 0;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) return length;
      length += value.length;
      take(value);
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    // A file that changed or vanished since it was chosen cannot be read through.
    throw new ZipReadError('truncated', `${data.size} bytes could not be read`);
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}
