import { bytesOf, view, type ZipDirectoryEntry } from './zip-directory';
import { checkExtraFields } from './zip-entry-rules';
import { ZipReadError } from './zip-read-error';

/** An entry whose local header agrees with the directory, and where its data lies. */
export interface ZipEntry extends ZipDirectoryEntry {
  dataOffset: number;
}

const LOCAL_HEADER = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const HAS_DESCRIPTOR = 1 << 3;
/** Room read past a local header's name for its extra fields, most of which are short. */
const EXTRA_ROOM = 256;

/**
 * Refuses entries that overlap, from the directory alone: an entry's data cannot start before
 * its local header and name, so one reaching past the next entry's start shares its bytes
 * (the overlapping zip bomb) and is refused before any byte is inflated.
 */
export function checkOverlaps(
  entries: readonly ZipDirectoryEntry[],
  directoryOffset: number,
): void {
  const ordered = [...entries].sort(
    (left, right) => left.localHeaderOffset - right.localHeaderOffset,
  );
  for (const [position, entry] of ordered.entries()) {
    const shortestEnd = entry.localHeaderOffset + 30 + entry.rawName.length + entry.compressedSize;
    const next = ordered[position + 1];
    if (next && next.localHeaderOffset < shortestEnd) {
      throw new ZipReadError('overlapping-entries', `${next.name} overlaps ${entry.name}`, {
        path: next.name,
        other: entry.name,
      });
    }
    if (!next && shortestEnd > directoryOffset) {
      throw new ZipReadError('truncated', `${entry.name} runs into the central directory`, {
        path: entry.name,
      });
    }
  }
}

/**
 * Reads every local header, in the archive's order, and checks that it says what the
 * directory says (name, flags, method, CRC and sizes, or a data descriptor repeating them),
 * and that the entries fill the archive from its first byte to the directory: a local header
 * that disagrees, or bytes between entries, would show other tools other files.
 */
export async function readLocalHeaders(
  file: Blob,
  entries: readonly ZipDirectoryEntry[],
  directoryOffset: number,
): Promise<ZipEntry[]> {
  const ordered = [...entries].sort(
    (left, right) => left.localHeaderOffset - right.localHeaderOffset,
  );
  const located: ZipEntry[] = [];
  let expected = 0;
  for (const entry of ordered) {
    const { name, localHeaderOffset: start } = entry;
    if (start !== expected) {
      throw new ZipReadError('hidden-data', `Bytes outside any entry come before ${name}`, {
        path: name,
        size: start - expected,
      });
    }
    const dataOffset = await checkLocalHeader(file, entry);
    const descriptor =
      entry.flags & HAS_DESCRIPTOR ? await checkDescriptor(file, entry, dataOffset) : 0;
    expected = dataOffset + entry.compressedSize + descriptor;
    if (expected > directoryOffset) {
      throw new ZipReadError('truncated', `${name} runs into the central directory`, {
        path: name,
      });
    }
    located.push({ ...entry, dataOffset });
  }
  if (expected !== directoryOffset) {
    throw new ZipReadError('hidden-data', 'Bytes outside any entry come before the directory', {
      size: directoryOffset - expected,
    });
  }
  return located;
}

/** Compares a local header with the directory; returns where the entry's data starts. */
async function checkLocalHeader(file: Blob, entry: ZipDirectoryEntry): Promise<number> {
  const { name, localHeaderOffset: start, rawName } = entry;
  let bytes = await bytesOf(file.slice(start, start + 30 + rawName.length + EXTRA_ROOM));
  if (bytes.length < 30)
    throw new ZipReadError('truncated', `${name} starts past the end`, { path: name });
  const header = view(bytes);
  if (header.getUint32(0, true) !== LOCAL_HEADER) {
    throw new ZipReadError('corrupt-directory', `The local header of ${name} is missing`, {
      path: name,
    });
  }
  const nameLength = header.getUint16(26, true);
  const extraLength = header.getUint16(28, true);
  const end = 30 + nameLength + extraLength;
  if (end > bytes.length) bytes = await bytesOf(file.slice(start, start + end));
  if (end > bytes.length)
    throw new ZipReadError('truncated', `${name} starts past the end`, { path: name });
  const differs = (found: string) =>
    new ZipReadError('local-header-mismatch', `The local header of ${name} differs: ${found}`, {
      path: name,
      found,
    });
  const localName = bytes.subarray(30, 30 + nameLength);
  if (
    localName.length !== rawName.length ||
    localName.some((byte, index) => byte !== rawName[index])
  ) {
    throw differs('name');
  }
  if (header.getUint16(6, true) !== entry.flags) throw differs('flags');
  if (header.getUint16(8, true) !== entry.method) throw differs('method');
  const fields = [
    header.getUint32(14, true),
    header.getUint32(18, true),
    header.getUint32(22, true),
  ];
  const central = [entry.crc, entry.compressedSize, entry.size];
  // With a data descriptor the local fields may be zero; the descriptor must then agree.
  const deferred = entry.flags & HAS_DESCRIPTOR && fields.every((field) => field === 0);
  if (!deferred && fields.some((field, index) => field !== central[index])) {
    throw differs(fields[0] !== entry.crc ? 'CRC-32' : 'sizes');
  }
  checkExtraFields(bytes.subarray(30 + nameLength, end), entry);
  return start + end;
}

/** Checks the data descriptor after an entry's data; returns its length (12 or 16 bytes). */
async function checkDescriptor(
  file: Blob,
  entry: ZipDirectoryEntry,
  dataOffset: number,
): Promise<number> {
  const at = dataOffset + entry.compressedSize;
  const bytes = await bytesOf(file.slice(at, at + 16));
  const signed = bytes.length >= 4 && view(bytes).getUint32(0, true) === DESCRIPTOR;
  const length = signed ? 16 : 12;
  if (bytes.length < length) {
    throw new ZipReadError('truncated', `${entry.name} ends early`, { path: entry.name });
  }
  const fields = view(bytes, signed ? 4 : 0);
  const found = [fields.getUint32(0, true), fields.getUint32(4, true), fields.getUint32(8, true)];
  if (found[0] !== entry.crc || found[1] !== entry.compressedSize || found[2] !== entry.size) {
    throw new ZipReadError(
      'local-header-mismatch',
      `The data descriptor of ${entry.name} differs`,
      {
        path: entry.name,
        found: 'data descriptor',
      },
    );
  }
  return length;
}
