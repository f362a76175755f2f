import { knownDigests } from './blob-digests';
import { crc32 } from './crc32';

export interface ZipEntry {
  /** The path inside the archive, with `/` between folders. */
  name: string;
  data: Blob | Uint8Array | string;
  modified: Date;
}

export class ZipLimitError extends Error {}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const UTF8_NAMES = 1 << 11;
const MAX_32 = 0xffffffff;

/**
 * Builds a ZIP archive (stored, not deflated: PNGs are compressed already) as a Blob made of
 * small headers and references to the files' own Blobs. Each file is read once, as a stream,
 * for its CRC, unless its CRC was taken while its bytes were in hand (`blob-digests.ts`); no
 * file is copied into memory, so a thousand captures fit as easily as one.
 */
export async function zipArchive(
  entries: readonly ZipEntry[],
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (done: number) => void } = {},
): Promise<Blob> {
  if (entries.length > 0xffff) throw new ZipLimitError('Too many files for one archive');
  // Texts become bytes once: both the checksum and the archive read those bytes.
  const contents = entries.map(({ data }) =>
    typeof data === 'string' ? new TextEncoder().encode(data) : data,
  );
  const sums = await checksums(contents, signal, onProgress);
  const parts: BlobPart[] = [];
  const central: Array<Uint8Array<ArrayBuffer>> = [];
  let offset = 0;
  for (const [index, entry] of entries.entries()) {
    signal?.throwIfAborted();
    const data = contents[index]!;
    const size = data instanceof Blob ? data.size : data.byteLength;
    const crc = sums[index]!;
    const name = new TextEncoder().encode(entry.name);
    const { time, date } = dosDateTime(entry.modified);
    if (offset + size > MAX_32) throw new ZipLimitError('The archive would exceed 4 GiB');
    const local = header(30, name, (view) => {
      view.setUint32(0, LOCAL_HEADER, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, UTF8_NAMES, true);
      view.setUint16(10, time, true);
      view.setUint16(12, date, true);
      view.setUint32(14, crc, true);
      view.setUint32(18, size, true);
      view.setUint32(22, size, true);
      view.setUint16(26, name.length, true);
    });
    central.push(
      header(46, name, (view) => {
        view.setUint32(0, CENTRAL_HEADER, true);
        view.setUint16(4, 0x0314, true); // made by: Unix, spec 2.0
        view.setUint16(6, 20, true);
        view.setUint16(8, UTF8_NAMES, true);
        view.setUint16(12, time, true);
        view.setUint16(14, date, true);
        view.setUint32(16, crc, true);
        view.setUint32(20, size, true);
        view.setUint32(24, size, true);
        view.setUint16(28, name.length, true);
        view.setUint32(38, (0o100644 << 16) >>> 0, true); // a regular file, rw-r--r--
        view.setUint32(42, offset, true);
      }),
    );
    parts.push(local, data as BlobPart);
    offset += local.length + size;
  }
  const directorySize = central.reduce((total, entry) => total + entry.length, 0);
  if (offset + directorySize > MAX_32) throw new ZipLimitError('The archive would exceed 4 GiB');
  const end = header(22, new Uint8Array(), (view) => {
    view.setUint32(0, END_OF_DIRECTORY, true);
    view.setUint16(8, entries.length, true);
    view.setUint16(10, entries.length, true);
    view.setUint32(12, directorySize, true);
    view.setUint32(16, offset, true);
  });
  return new Blob([...parts, ...central, end] as BlobPart[], { type: 'application/zip' });
}

function header(
  size: number,
  name: Uint8Array,
  write: (view: DataView) => void,
): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size + name.length);
  write(new DataView(bytes.buffer));
  bytes.set(name, size);
  return bytes;
}

/** Files read at once: stored Blobs come from disk, and reading several hides the latency. */
const PARALLEL_READS = 6;

async function checksums(
  contents: ReadonlyArray<Blob | Uint8Array>,
  signal: AbortSignal | undefined,
  onProgress: ((done: number) => void) | undefined,
): Promise<number[]> {
  const sums: number[] = new Array<number>(contents.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < contents.length) {
      const index = next++;
      const data = contents[index]!;
      sums[index] =
        data instanceof Blob
          ? (knownDigests(data).crc32 ?? (await blobCrc(data, signal)))
          : crc32(data);
      onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_READS }, worker));
  return sums;
}

async function blobCrc(blob: Blob, signal?: AbortSignal): Promise<number> {
  let crc = 0;
  const reader = blob.stream().getReader();
  for (;;) {
    signal?.throwIfAborted();
    const { done, value } = await reader.read();
    if (done) return crc;
    crc = crc32(value, crc);
  }
}

/** MS-DOS date and time, in the local time of the machine, as ZIP tools expect. */
function dosDateTime(moment: Date): { time: number; date: number } {
  const year = Math.max(1980, moment.getFullYear());
  return {
    time: (moment.getHours() << 11) | (moment.getMinutes() << 5) | (moment.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((moment.getMonth() + 1) << 5) | moment.getDate(),
  };
}
