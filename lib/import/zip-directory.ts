import { MAX_DIRECTORY_BYTES } from './bundle-entry-kinds';
import { checkExtraFields, isUnsafePath } from './zip-entry-rules';
import { ZipReadError } from './zip-read-error';

export interface ZipDirectoryEntry {
  name: string;
  /** The name's bytes as written, which the local header must repeat exactly. */
  rawName: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  /** A folder entry (its name ends in `/`): it holds nothing and is checked, not read. */
  folder: boolean;
}

export interface ZipDirectory {
  /** Every entry, folders included, in the directory's order. */
  entries: ZipDirectoryEntry[];
  /** Where the central directory starts: the entries must fill the archive up to there. */
  directoryOffset: number;
}

const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ENCRYPTED = (1 << 0) | (1 << 6);
const UTF8_NAMES = 1 << 11;
const UNIX = 3;
const SYMBOLIC_LINK = 0o120000;

/**
 * Reads the central directory of a ZIP from its end, touching only the tail and the directory,
 * never the files' data, so an archive of any size opens at once. It must end exactly where
 * the end record starts: nothing may hide between them.
 */
export async function readZipDirectory(file: Blob): Promise<ZipDirectory> {
  const tailStart = Math.max(0, file.size - (MAX_COMMENT + END_SIZE));
  const tail = await bytesOf(file.slice(tailStart));
  const endAt = findEndOfDirectory(tail);
  if (endAt < 0) {
    const head = await bytesOf(file.slice(0, 4));
    const startsLikeZip = head.length === 4 && view(head).getUint32(0, true) === 0x04034b50;
    throw startsLikeZip
      ? new ZipReadError('truncated', 'The archive ends early: its directory is missing')
      : new ZipReadError('not-a-zip', 'Not a ZIP archive: no end of central directory');
  }
  const end = view(tail, endAt);
  if (endAt >= 20 && view(tail, endAt - 20).getUint32(0, true) === ZIP64_LOCATOR) {
    throw new ZipReadError('zip64-unsupported', 'ZIP64 archives are not supported');
  }
  const count = end.getUint16(10, true);
  const directorySize = end.getUint32(12, true);
  const directoryOffset = end.getUint32(16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw new ZipReadError('zip64-unsupported', 'ZIP64 archives are not supported');
  }
  if (
    end.getUint16(4, true) !== 0 ||
    end.getUint16(6, true) !== 0 ||
    end.getUint16(8, true) !== count
  ) {
    throw new ZipReadError(
      'multi-disk-unsupported',
      'Archives split over several disks are not supported',
    );
  }
  const endOffset = tailStart + endAt;
  if (directoryOffset + directorySize > endOffset) {
    throw new ZipReadError('truncated', 'The central directory runs past the end of the archive');
  }
  if (directoryOffset + directorySize < endOffset) {
    throw new ZipReadError('hidden-data', 'Bytes hide between the directory and its end record', {
      size: endOffset - directoryOffset - directorySize,
    });
  }
  if (directorySize > MAX_DIRECTORY_BYTES) {
    throw new ZipReadError('directory-too-large', 'The central directory is too large', {
      size: directorySize,
      limit: MAX_DIRECTORY_BYTES,
    });
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
  const names = new Map<string, string>();
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    const damaged = (what: string) =>
      new ZipReadError('corrupt-directory', `Central directory entry ${index + 1} ${what}`);
    if (at + 46 > directory.length) throw damaged('is missing');
    const header = view(directory, at);
    if (header.getUint32(0, true) !== CENTRAL_HEADER) throw damaged('is damaged');
    const nameLength = header.getUint16(28, true);
    const extraLength = header.getUint16(30, true);
    const next = at + 46 + nameLength + extraLength + header.getUint16(32, true);
    if (next > directory.length) throw damaged('is cut short');
    const flags = header.getUint16(8, true);
    const rawName = directory.slice(at + 46, at + 46 + nameLength);
    const name = decodeName(rawName, flags, damaged);
    const entry: ZipDirectoryEntry = {
      name,
      rawName,
      flags,
      method: header.getUint16(10, true),
      crc: header.getUint32(16, true),
      compressedSize: header.getUint32(20, true),
      size: header.getUint32(24, true),
      localHeaderOffset: header.getUint32(42, true),
      folder: name.endsWith('/'),
    };
    const path = { path: name };
    if (isUnsafePath(name)) throw new ZipReadError('unsafe-path', `Unsafe path: ${name}`, path);
    if (flags & ENCRYPTED) throw new ZipReadError('encrypted-entry', `${name} is encrypted`, path);
    const unixMode = header.getUint8(5) === UNIX ? header.getUint32(38, true) >>> 16 : 0;
    if ((unixMode & 0o170000) === SYMBOLIC_LINK) {
      throw new ZipReadError('symbolic-link', `${name} is a symbolic link`, path);
    }
    if ([entry.compressedSize, entry.size, entry.localHeaderOffset].includes(0xffffffff)) {
      throw new ZipReadError(
        'zip64-unsupported',
        `${name} needs ZIP64, which is not supported`,
        path,
      );
    }
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ZipReadError(
        'unknown-method',
        `${name} uses compression method ${entry.method}`,
        path,
      );
    }
    if (entry.folder && (entry.size > 0 || entry.compressedSize > 0)) {
      throw new ZipReadError('hidden-data', `The folder ${name} holds data`, path);
    }
    checkExtraFields(
      directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength),
      entry,
    );
    // Names that differ only by case or Unicode form become one file once unzipped.
    const key = name.normalize('NFC').toLowerCase();
    const clash = names.get(key);
    if (clash === name)
      throw new ZipReadError('duplicate-name', `Two entries are named ${name}`, path);
    if (clash !== undefined) {
      throw new ZipReadError('names-collide', `${clash} and ${name} collide`, {
        path: name,
        other: clash,
      });
    }
    names.set(key, name);
    entries.push(entry);
    at = next;
  }
  if (at !== directory.length) {
    throw new ZipReadError(
      'corrupt-directory',
      'The central directory holds more than its entries',
    );
  }
  return entries;
}

function decodeName(raw: Uint8Array, flags: number, damaged: (what: string) => Error): string {
  try {
    return new TextDecoder(flags & UTF8_NAMES ? 'utf-8' : 'latin1', { fatal: true }).decode(raw);
  } catch {
    throw damaged('has a name that is not UTF-8');
  }
}

export async function bytesOf(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

export function view(bytes: Uint8Array, offset = 0): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset + offset);
}
