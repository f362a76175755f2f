import { createHash } from 'node:crypto';
import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('gives the known answer for %j', async (text, expected) => {
    expect(await sha256Hex(text)).toBe(expected);
  });

  it.each(['Témoin', '🤡 emoji', 'a'.repeat(100_000)])(
    'hashes UTF-8 text as sha256sum would',
    async (text) => {
      expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    },
  );

  it('gives the same hash for a Blob, an ArrayBuffer and bytes', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(await sha256Hex(bytes)).toBe(expected);
    expect(await sha256Hex(new Blob([bytes]))).toBe(expected);
    expect(await sha256Hex(bytes.buffer)).toBe(expected);
  });
});
