/** A small seeded generator (mulberry32): a failing case can be made again from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const SIGNATURES = [0x04034b50, 0x02014b50, 0x06054b50, 0x08074b50];
/** Offsets and widths of the fields of each kind of header, from its signature. */
const FIELDS: Record<number, Array<[number, 2 | 4]>> = {
  0x04034b50: [
    [4, 2],
    [6, 2],
    [8, 2],
    [14, 4],
    [18, 4],
    [22, 4],
    [26, 2],
    [28, 2],
  ],
  0x02014b50: [
    [4, 2],
    [8, 2],
    [10, 2],
    [16, 4],
    [20, 4],
    [24, 4],
    [28, 2],
    [30, 2],
    [32, 2],
    [38, 4],
    [42, 4],
  ],
  0x06054b50: [
    [4, 2],
    [6, 2],
    [8, 2],
    [10, 2],
    [12, 4],
    [16, 4],
    [20, 2],
  ],
  0x08074b50: [
    [4, 4],
    [8, 4],
    [12, 4],
  ],
};

/**
 * Makes one mutant of an archive: bits flipped, a header field set to a value parsers trip
 * on (zero, one, all ones, the largest signed, near the archive's size), the file cut short,
 * a piece copied, removed or overwritten. Header fields are aimed at on purpose: random bytes
 * alone rarely reach past a parser's first check.
 */
export function mutateArchive(
  archive: Uint8Array,
  random: () => number,
): { bytes: Uint8Array; how: string } {
  const pick = (limit: number) => Math.floor(random() * limit);
  const bytes = archive.slice();
  const view = new DataView(bytes.buffer);
  switch (pick(6)) {
    case 0: {
      const flips = 1 + pick(8);
      for (let flip = 0; flip < flips; flip += 1) bytes[pick(bytes.length)]! ^= 1 << pick(8);
      return { bytes, how: `${flips} bits flipped` };
    }
    case 1: {
      const headers: number[] = [];
      for (let at = 0; at + 4 <= bytes.length; at += 1) {
        if (SIGNATURES.includes(view.getUint32(at, true))) headers.push(at);
      }
      if (headers.length === 0) return { bytes, how: 'no header left' };
      const at = headers[pick(headers.length)]!;
      const fields = FIELDS[view.getUint32(at, true)]!;
      const [offset, width] = fields[pick(fields.length)]!;
      const values = [
        0,
        1,
        0xffff,
        0xffffffff,
        0x7fffffff,
        bytes.length,
        bytes.length - 1,
        pick(0x10000),
        pick(2 ** 32),
      ];
      const value = values[pick(values.length)]!;
      if (at + offset + width > bytes.length) return { bytes, how: 'field past the end' };
      if (width === 2) view.setUint16(at + offset, value & 0xffff, true);
      else view.setUint32(at + offset, value >>> 0, true);
      return { bytes, how: `field +${offset} of the header at ${at} set to ${value}` };
    }
    case 2: {
      const length = pick(bytes.length);
      return { bytes: bytes.slice(0, length), how: `cut to ${length} bytes` };
    }
    case 3: {
      const start = pick(bytes.length);
      const piece = bytes.slice(start, start + 1 + pick(200));
      const at = pick(bytes.length);
      const grown = new Uint8Array(bytes.length + piece.length);
      grown.set(bytes.subarray(0, at));
      grown.set(piece, at);
      grown.set(bytes.subarray(at), at + piece.length);
      return { bytes: grown, how: `${piece.length} bytes from ${start} copied to ${at}` };
    }
    case 4: {
      const start = pick(bytes.length);
      const length = 1 + pick(200);
      const shrunk = new Uint8Array([
        ...bytes.subarray(0, start),
        ...bytes.subarray(start + length),
      ]);
      return { bytes: shrunk, how: `${length} bytes removed at ${start}` };
    }
    default: {
      const start = pick(bytes.length);
      const length = 1 + pick(32);
      for (let at = start; at < Math.min(bytes.length, start + length); at += 1)
        bytes[at] = pick(256);
      return { bytes, how: `${length} bytes at ${start} overwritten` };
    }
  }
}
