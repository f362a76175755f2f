import { ZipReadError } from './zip-read-error';

export interface ZipDirectoryEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export interface ZipDirectory {
  /** Files only: folder entries (names ending in `/`) are checked, then left out. */
  entries: ZipDirectoryEntry[];
  /** Where the central directory starts: no file's data may run past it. */
  directoryOffset: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ENCRYPTED = 1 << 0;
const UTF8_NAMES = 1 << 11;

/**
 * Reads the central directory of a ZIP from its end, touching only the tail and the directory,
 * never the files' data, so an archive of any size opens at once.
 */
export async function readZipDirectory(file: Blob): Promise<ZipDirectory> {
  const tailStart = Math.max(0, file.size - (MAX_COMMENT + END_SIZE));
  const tail = await bytesOf(file.slice(tailStart));
  const endAt = findEndOfDirectory(tail);
  if (endAt < 0) {
    const head = await bytesOf(file.slice(0, 4));
    const startsLikeZip = head.length === 4 && view(head).getUint32(0, true) === LOCAL_HEADER;
    throw startsLikeZip
      ? new ZipReadError('truncated', 'The archive ends early: its directory is missing')
      : new ZipReadError('not-a-zip', 'Not a ZIP archive: no end of central directory');
  }
  const end = view(tail, endAt);
  if (endAt >= 20 && view(tail, endAt - 20).getUint32(0, true) === ZIP64_LOCATOR) {
    throw new ZipReadError('zip64-unsupported', 'ZIP64 archives are not supported');
  }
  const disk = end.getUint16(4, true);
  const directoryDisk = end.getUint16(6, true);
  const entriesOnDisk = end.getUint16(8, true);
  const count = end.getUint16(10, true);
  const directorySize = end.getUint32(12, true);
  const directoryOffset = end.getUint32(16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw new ZipReadError('zip64-unsupported', 'ZIP64 archives are not supported');
  }
  if (disk !== 0 || directoryDisk !== 0 || entriesOnDisk !== count) {
    throw new ZipReadError(
      'multi-disk-unsupported',
      'Archives split over several disks are not supported',
    );
  }
  if (directoryOffset + directorySize > tailStart + endAt) {
    throw new ZipReadError('truncated', 'The central directory runs past the end of the archive');
  }
  const directory = await bytesOf(file.slice(directoryOffset, directoryOffset + directorySize));
  return { entries: parseEntries(directory, count), directoryOffset };
}

/** The last end-of-directory signature whose comment length reaches exactly the end. */
function findEndOfDirectory(tail: Uint8Array): number {
  const data = view(tail);
  for (let at = tail.length - END_SIZE; at >= 0; at -= 1) {
    if (data.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    if (at + END_SIZE + data.getUint16(at + 20, true) === tail.length) return at;
  }
  return -1;
}

function parseEntries(directory: Uint8Array, count: number): ZipDirectoryEntry[] {
  const entries: ZipDirectoryEntry[] = [];
  const names = new Set<string>();
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > directory.length) {
      throw new ZipReadError(
        'corrupt-directory',
        `The central directory ends before entry ${index + 1}`,
      );
    }
    const header = view(directory, at);
    if (header.getUint32(0, true) !== CENTRAL_HEADER) {
      throw new ZipReadError(
        'corrupt-directory',
        `Central directory entry ${index + 1} is damaged`,
      );
    }
    const flags = header.getUint16(8, true);
    const nameLength = header.getUint16(28, true);
    const next = at + 46 + nameLength + header.getUint16(30, true) + header.getUint16(32, true);
    if (next > directory.length) {
      throw new ZipReadError(
        'corrupt-directory',
        `Central directory entry ${index + 1} is cut short`,
      );
    }
    const rawName = directory.subarray(at + 46, at + 46 + nameLength);
    const name = new TextDecoder(flags & UTF8_NAMES ? 'utf-8' : 'latin1').decode(rawName);
    const entry: ZipDirectoryEntry = {
      name,
      method: header.getUint16(10, true),
      crc: header.getUint32(16, true),
      compressedSize: header.getUint32(20, true),
      size: header.getUint32(24, true),
      localHeaderOffset: header.getUint32(42, true),
    };
    checkEntry(entry, flags);
    if (names.has(name))
      throw new ZipReadError('duplicate-name', `Two entries are named ${name}`, name);
    names.add(name);
    if (!name.endsWith('/')) entries.push(entry);
    at = next;
  }
  return entries;
}

function checkEntry(entry: ZipDirectoryEntry, flags: number): void {
  const { name } = entry;
  if (isUnsafePath(name)) throw new ZipReadError('unsafe-path', `Unsafe path: ${name}`, name);
  if (flags & ENCRYPTED) throw new ZipReadError('encrypted-entry', `${name} is encrypted`, name);
  if ([entry.compressedSize, entry.size, entry.localHeaderOffset].includes(0xffffffff)) {
    throw new ZipReadError(
      'zip64-unsupported',
      `${name} needs ZIP64, which is not supported`,
      name,
    );
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ZipReadError(
      'unknown-method',
      `${name} uses compression method ${entry.method}`,
      name,
    );
  }
}

/** A name that could write outside the folder it is extracted to, on any system. */
export function isUnsafePath(name: string): boolean {
  return (
    name.length === 0 ||
    name.startsWith('/') ||
    name.includes('\\') ||
    name.includes('\0') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').includes('..')
  );
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

function view(bytes: Uint8Array, offset = 0): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset + offset);
}
