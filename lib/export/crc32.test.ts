import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { crc32 } from './crc32';

describe('crc32', () => {
  it.each([
    ['', 0],
    ['a', 0xe8b7be43],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('of %j is %i', (text, expected) => {
    expect(crc32(new TextEncoder().encode(text))).toBe(expected);
  });

  it('carries across chunks', () => {
    const bytes = new TextEncoder().encode('123456789');
    expect(crc32(bytes.subarray(4), crc32(bytes.subarray(0, 4)))).toBe(0xcbf43926);
  });

  it('agrees with zlib on random data of every alignment, whole or in chunks', () => {
    const bytes = new Uint8Array(randomBytes(1_000_003));
    for (const length of [0, 1, 7, 8, 9, 15, 16, 17, 1_000_003]) {
      const part = bytes.subarray(0, length);
      expect(crc32(part)).toBe(zlib.crc32(part));
    }
    let carried = 0;
    for (let start = 0; start < bytes.length; start += 65_537)
      carried = crc32(bytes.subarray(start, start + 65_537), carried);
    expect(carried).toBe(zlib.crc32(bytes));
  });
});
