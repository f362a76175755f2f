import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../export/crc32';

/** One entry of a hand-made archive, with ways to make its headers say things they should not. */
export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflated (the default). */
  method?: 0 | 8;
  /** Names written in UTF-8 with flag bit 11 (the default), or in the legacy code page. */
  utf8Name?: boolean;
  /** Sizes and CRC written after the data, in a data descriptor (flag bit 3). */
  descriptor?: boolean;
  /** Unix mode bits of the entry (a symbolic link is 0o120777). */
  unixMode?: number;
  /** Extra fields, written in both headers. */
  extra?: Uint8Array;
}

/** Writes a ZIP archive as other tools do, deflated by default, every header consistent. */
export function rawZip(entries: readonly RawEntry[]): Blob {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { name, data, method = 8, utf8Name = true, descriptor = false } = entry;
    const encodedName = utf8Name ? new TextEncoder().encode(name) : latin1(name);
    const extra = entry.extra ?? new Uint8Array();
    const packed = method === 8 ? new Uint8Array(deflateRawSync(data)) : data;
    const fields = { crc: crc32(data), packed: packed.length, size: data.length };
    const flags = (utf8Name ? 1 << 11 : 0) | (descriptor ? 1 << 3 : 0);
    const local = record(30, [encodedName, extra], (view) => {
      view.setUint32(0, 0x04034b50, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, flags, true);
      view.setUint16(8, method, true);
      if (!descriptor) {
        view.setUint32(14, fields.crc, true);
        view.setUint32(18, fields.packed, true);
        view.setUint32(22, fields.size, true);
      }
      view.setUint16(26, encodedName.length, true);
      view.setUint16(28, extra.length, true);
    });
    central.push(
      record(46, [encodedName, extra], (view) => {
        view.setUint32(0, 0x02014b50, true);
        view.setUint16(4, entry.unixMode === undefined ? 20 : (3 << 8) | 20, true);
        view.setUint16(6, 20, true);
        view.setUint16(8, flags, true);
        view.setUint16(10, method, true);
        view.setUint32(16, fields.crc, true);
        view.setUint32(20, fields.packed, true);
        view.setUint32(24, fields.size, true);
        view.setUint16(28, encodedName.length, true);
        view.setUint16(30, extra.length, true);
        view.setUint32(38, ((entry.unixMode ?? 0) << 16) >>> 0, true);
        view.setUint32(42, offset, true);
      }),
    );
    const trailer = descriptor
      ? record(16, [], (view) => {
          view.setUint32(0, 0x08074b50, true);
          view.setUint32(4, fields.crc, true);
          view.setUint32(8, fields.packed, true);
          view.setUint32(12, fields.size, true);
        })
      : new Uint8Array();
    parts.push(local, packed, trailer);
    offset += local.length + packed.length + trailer.length;
  }
  const size = central.reduce((total, entry) => total + entry.length, 0);
  const end = record(22, [], (view) => {
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, entries.length, true);
    view.setUint16(10, entries.length, true);
    view.setUint32(12, size, true);
    view.setUint32(16, offset, true);
  });
  return new Blob([...parts, ...central, end] as BlobPart[]);
}

/** Info-ZIP's Unicode path extra field, naming the entry `name`. */
export function unicodePathField(name: string): Uint8Array {
  const encoded = new TextEncoder().encode(name);
  return record(9, [encoded], (view) => {
    view.setUint16(0, 0x7075, true);
    view.setUint16(2, 5 + encoded.length, true);
    view.setUint8(4, 1);
  });
}

function record(size: number, tails: Uint8Array[], write: (view: DataView) => void): Uint8Array {
  const length = tails.reduce((total, tail) => total + tail.length, size);
  const bytes = new Uint8Array(length);
  write(new DataView(bytes.buffer));
  let at = size;
  for (const tail of tails) {
    bytes.set(tail, at);
    at += tail.length;
  }
  return bytes;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}
