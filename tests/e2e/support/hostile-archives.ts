import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { crc32 } from '../../../lib/export/crc32';

const MiB = 1 << 20;
const GiB = 1 << 30;

/** One mebibyte of zeros, deflated as a non-final block that repeats itself validly. */
const ZERO_MEBIBYTE = deflateRawSync(Buffer.alloc(MiB), { finishFlush: constants.Z_SYNC_FLUSH });
/** An empty final block (fixed Huffman): ends a deflate stream. */
const LAST_BLOCK = Buffer.from([0x03, 0x00]);

/** The deflate stream of `mebibytes` MiB of zeros, a kilobyte per mebibyte. */
function deflatedZeros(mebibytes: number): Buffer {
  return Buffer.concat([...Array.from({ length: mebibytes }, () => ZERO_MEBIBYTE), LAST_BLOCK]);
}

/** The CRC-32 of `bytes` zeros. */
function zerosCrc(bytes: number): number {
  const block = new Uint8Array(64 * MiB);
  let crc = 0;
  for (let left = bytes; left > 0; left -= block.length) {
    crc = crc32(left >= block.length ? block : block.subarray(0, left), crc);
  }
  return crc;
}

interface Entry {
  name: string;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function localHeader(entry: Entry): Buffer {
  const name = Buffer.from(entry.name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(1 << 11, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.compressedSize, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function directory(entries: readonly Entry[], at: number): Buffer {
  const records = entries.map((entry) => {
    const name = Buffer.from(entry.name);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(1 << 11, 8);
    record.writeUInt16LE(entry.method, 10);
    record.writeUInt32LE(entry.crc, 16);
    record.writeUInt32LE(entry.compressedSize, 20);
    record.writeUInt32LE(entry.size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(entry.offset, 42);
    return Buffer.concat([record, name]);
  });
  const central = Buffer.concat(records);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(at, 16);
  return Buffer.concat([central, end]);
}

/** Writes one deflated entry whose headers declare `size` bytes, and the directory. */
function writeDeflated(file: string, name: string, data: Buffer, size: number, crc: number) {
  const entry: Entry = { name, method: 8, crc, compressedSize: data.length, size, offset: 0 };
  const head = localHeader(entry);
  writeFileParts(file, [head, data, directory([entry], head.length + data.length)]);
}

function writeFileParts(file: string, parts: readonly Buffer[]) {
  const descriptor = openSync(file, 'w');
  try {
    for (const part of parts) writeSync(descriptor, part);
  } finally {
    closeSync(descriptor);
  }
}

const SCREENSHOT = 'captures/20261122T080000Z_bombe/page-screenshot.png';

/**
 * The hostile archives of issue 15, written into `folder` (never committed): each with the
 * entry its verdict must name.
 */
export function writeHostileArchives(folder: string) {
  const bomb = path.join(folder, 'bombe-1-Gio.zip');
  writeDeflated(bomb, SCREENSHOT, deflatedZeros(1024), GiB, zerosCrc(GiB));

  // Declares 8 MiB, a ratio a screenshot can have; 4 GiB come out of it.
  const liar = path.join(folder, 'bombe-4-Gio.zip');
  writeDeflated(liar, SCREENSHOT, deflatedZeros(4096), 8 * MiB, 0);

  // Forty entries whose data all run to the end of one shared 1 GiB stream.
  const overlapping = path.join(folder, 'quarante-chevauchements.zip');
  const kernel = deflatedZeros(1024);
  const names = Array.from(
    { length: 40 },
    (_, index) => `captures/20261122T0800${String(index).padStart(2, '0')}Z_x/page-screenshot.png`,
  );
  const headerLength = 30 + Buffer.byteLength(names[0]!);
  const headersEnd = headerLength * names.length;
  const entries = names.map((name, index): Entry => {
    const offset = index * headerLength;
    const compressedSize = headersEnd + kernel.length - (offset + headerLength);
    return { name, method: 8, crc: 0, compressedSize, size: GiB, offset };
  });
  writeFileParts(overlapping, [
    ...entries.map(localHeader),
    kernel,
    directory(entries, headersEnd + kernel.length),
  ]);

  // A stored report.pdf of 2 GiB of zeros, left as a hole in the file: nothing on disk.
  const sparse = path.join(folder, 'creux-2-Gio.zip');
  writeSparseStored(sparse, 'report.pdf', 2 * GiB);

  // A stored CSV of 200 MiB a Témoin bundle may have: read for seconds, for « Annuler ».
  const long = path.join(folder, 'long.zip');
  writeSparseStored(long, 'captures.csv', 200 * MiB);

  return {
    bomb: { file: bomb, entry: SCREENSHOT, reason: 'entry-too-large' },
    liar: { file: liar, entry: SCREENSHOT, reason: 'size-mismatch' },
    overlapping: { file: overlapping, entry: names[1]!, reason: 'overlapping-entries' },
    sparse: { file: sparse, entry: 'report.pdf', reason: 'entry-too-large' },
    long: { file: long },
  };
}

function writeSparseStored(file: string, name: string, size: number) {
  const entry: Entry = {
    name,
    method: 0,
    crc: zerosCrc(size),
    compressedSize: size,
    size,
    offset: 0,
  };
  const head = localHeader(entry);
  const descriptor = openSync(file, 'w');
  try {
    writeSync(descriptor, head);
    ftruncateSync(descriptor, head.length + size);
    writeSync(descriptor, directory([entry], head.length + size), 0, undefined, head.length + size);
  } finally {
    closeSync(descriptor);
  }
}
