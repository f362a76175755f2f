import { PNG } from 'pngjs';
import { pngSize } from './png-size';

describe('pngSize', () => {
  it.each([
    [1, 1],
    [1280, 800],
    [2560, 1600],
    [70000, 3],
  ])('reads %i × %i from the header', (width, height) => {
    const bytes = PNG.sync.write(new PNG({ width, height }));
    expect(pngSize(new Uint8Array(bytes.subarray(0, 24)))).toEqual({ width, height });
  });

  it.each([
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(20).fill(0)])],
    ['a truncated file', new Uint8Array([0x89, 0x50, 0x4e, 0x47])],
    ['nothing', new Uint8Array()],
  ])('refuses %s', (_name, bytes) => {
    expect(() => pngSize(bytes)).toThrow('Not a PNG');
  });
});
