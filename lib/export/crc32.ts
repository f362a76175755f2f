/**
 * Eight lookup tables for "slicing-by-8": eight bytes per step instead of one, about four times
 * faster, which matters when every byte of a large export goes through it.
 */
const TABLES = (() => {
  const tables = Array.from({ length: 8 }, () => new Uint32Array(256));
  for (let index = 0; index < 256; index += 1) {
    let value = index;
    for (let bit = 0; bit < 8; bit += 1)
      value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    tables[0]![index] = value >>> 0;
  }
  for (let index = 0; index < 256; index += 1)
    for (let table = 1; table < 8; table += 1) {
      const previous = tables[table - 1]![index]!;
      tables[table]![index] = (tables[0]![previous & 0xff]! ^ (previous >>> 8)) >>> 0;
    }
  return tables;
})();
const [T0, T1, T2, T3, T4, T5, T6, T7] = TABLES as [
  Uint32Array,
  Uint32Array,
  Uint32Array,
  Uint32Array,
  Uint32Array,
  Uint32Array,
  Uint32Array,
  Uint32Array,
];

/** CRC-32 (IEEE 802.3), as ZIP records it, carried across chunks: start from 0. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let crc = ~previous >>> 0;
  let index = 0;
  const fast = bytes.length - (bytes.length % 8);
  for (; index < fast; index += 8) {
    const low =
      (crc ^
        (bytes[index]! |
          (bytes[index + 1]! << 8) |
          (bytes[index + 2]! << 16) |
          (bytes[index + 3]! << 24))) >>>
      0;
    crc =
      T7[low & 0xff]! ^
      T6[(low >>> 8) & 0xff]! ^
      T5[(low >>> 16) & 0xff]! ^
      T4[low >>> 24]! ^
      T3[bytes[index + 4]!]! ^
      T2[bytes[index + 5]!]! ^
      T1[bytes[index + 6]!]! ^
      T0[bytes[index + 7]!]!;
  }
  for (; index < bytes.length; index += 1) crc = T0[(crc ^ bytes[index]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}
