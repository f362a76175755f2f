import { sha256Sums } from './sha256-sums';

const hash = 'a'.repeat(64);

describe('sha256Sums', () => {
  it('writes one GNU binary-mode line per file', () => {
    expect(
      sha256Sums([
        { path: 'captures/1/page.png', sha256: hash },
        { path: 'x y.json', sha256: hash },
      ]),
    ).toBe(`${hash} *captures/1/page.png\n${hash} *x y.json\n`);
  });

  it.each(['a\\b', 'a\nb', '/etc/passwd'])('refuses the unsafe path %j', (path) => {
    expect(() => sha256Sums([{ path, sha256: hash }])).toThrow('Unsafe path');
  });

  it('refuses a value that is not a hash', () => {
    expect(() => sha256Sums([{ path: 'a', sha256: 'abc' }])).toThrow('Not a SHA-256');
  });
});
