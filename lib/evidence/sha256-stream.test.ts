import { createHash, randomBytes } from 'node:crypto';
import { sha256OfLargeBlob, Sha256Stream } from './sha256-stream';

const node = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('Sha256Stream', () => {
  it.each([0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000])(
    'agrees with the standard on %i bytes',
    (length) => {
      const bytes = new Uint8Array(randomBytes(length));
      expect(new Sha256Stream().update(bytes).hex()).toBe(node(bytes));
    },
  );

  it('gives the known digest of "abc"', () => {
    expect(new Sha256Stream().update(new TextEncoder().encode('abc')).hex()).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('is the same whatever the pieces', async () => {
    const bytes = new Uint8Array(randomBytes(300_001));
    const hash = new Sha256Stream();
    for (let start = 0; start < bytes.length; start += 997)
      hash.update(bytes.subarray(start, start + 997));
    expect(hash.hex()).toBe(node(bytes));
    expect(await sha256OfLargeBlob(new Blob([bytes]), { sliceBytes: 65_536 })).toBe(node(bytes));
  });
});
