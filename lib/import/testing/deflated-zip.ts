import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../export/crc32';

/**
 * Writes a ZIP whose entries are deflated (method 8), as other tools do when they re-zip a
 * bundle; `utf8Names: false` writes names in the legacy code page, without flag bit 11.
 */
export function deflatedZip(
  files: ReadonlyMap<string, Uint8Array>,
  { utf8Names = true }: { utf8Names?: boolean } = {},
): Blob {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const encodedName = utf8Names ? new TextEncoder().encode(name) : latin1(name);
    const packed = deflateRawSync(data);
    const fields = { crc: crc32(data), packed: packed.length, size: data.length };
    const flags = utf8Names ? 1 << 11 : 0;
    const local = record(30, encodedName, (view) => {
      view.setUint32(0, 0x04034b50, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, flags, true);
      view.setUint16(8, 8, true);
      view.setUint32(14, fields.crc, true);
      view.setUint32(18, fields.packed, true);
      view.setUint32(22, fields.size, true);
      view.setUint16(26, encodedName.length, true);
    });
    central.push(
      record(46, encodedName, (view) => {
        view.setUint32(0, 0x02014b50, true);
        view.setUint16(4, 20, true);
        view.setUint16(6, 20, true);
        view.setUint16(8, flags, true);
        view.setUint16(10, 8, true);
        view.setUint32(16, fields.crc, true);
        view.setUint32(20, fields.packed, true);
        view.setUint32(24, fields.size, true);
        view.setUint16(28, encodedName.length, true);
        view.setUint32(42, offset, true);
      }),
    );
    parts.push(local, packed);
    offset += local.length + packed.length;
  }
  const size = central.reduce((total, entry) => total + entry.length, 0);
  const end = record(22, new Uint8Array(), (view) => {
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, files.size, true);
    view.setUint16(10, files.size, true);
    view.setUint32(12, size, true);
    view.setUint32(16, offset, true);
  });
  return new Blob([...parts, ...central, end] as BlobPart[]);
}

function record(size: number, name: Uint8Array, write: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size + name.length);
  write(new DataView(bytes.buffer));
  bytes.set(name, size);
  return bytes;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}
