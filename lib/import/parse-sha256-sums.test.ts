import { parseSha256Sums } from './parse-sha256-sums';

const HASH = 'ab'.repeat(32);

describe('parseSha256Sums', () => {
  it.each([
    {
      case: 'binary mode',
      text: `${HASH} *a/b.png\n`,
      files: [{ path: 'a/b.png', line: 1 }],
      badLines: [],
    },
    {
      case: 'text mode',
      text: `${HASH}  a b.txt\n`,
      files: [{ path: 'a b.txt', line: 1 }],
      badLines: [],
    },
    {
      case: 'Windows line ends',
      text: `${HASH} *a.txt\r\n`,
      files: [{ path: 'a.txt', line: 1 }],
      badLines: [],
    },
    {
      case: 'an upper-case hash',
      text: `${HASH.toUpperCase()} *a.txt`,
      files: [{ path: 'a.txt', line: 1 }],
      badLines: [],
    },
    {
      case: 'blank lines',
      text: `\n${HASH} *a.txt\n\n`,
      files: [{ path: 'a.txt', line: 2 }],
      badLines: [],
    },
    { case: 'a short hash', text: `${HASH.slice(2)} *a.txt\n`, files: [], badLines: [1] },
    { case: 'no separator', text: `${HASH}a.txt\n`, files: [], badLines: [1] },
    { case: 'no path', text: `${HASH} *\n`, files: [], badLines: [1] },
  ])('reads $case', ({ text, files, badLines }) => {
    const parsed = parseSha256Sums(text);
    expect(parsed.files).toEqual(files.map((file) => ({ ...file, sha256: HASH })));
    expect(parsed.badLines).toEqual(badLines);
  });
});
