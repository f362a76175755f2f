import { readFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalJson, hasLoneSurrogate } from './canonical-json';

// The test data published with RFC 8785's reference implementations (cyberphone/json-
// canonicalization, testdata/, Apache 2.0): see tests/fixtures/rfc8785/README.md.
const VECTORS = path.resolve('tests/fixtures/rfc8785');
const vector = (folder: 'input' | 'output', name: string) =>
  readFileSync(path.join(VECTORS, folder, `${name}.json`), 'utf8');

describe('canonicalJson', () => {
  it.each(['arrays', 'french', 'structures', 'unicode', 'values', 'weird'])(
    'gives the RFC 8785 reference output for testdata/input/%s.json',
    (name) => {
      expect(canonicalJson(JSON.parse(vector('input', name)))).toBe(vector('output', name));
    },
  );

  // Number samples from the same test data: an IEEE-754 double's bits, and its text.
  it.each([
    ['4340000000000001', '9007199254740994'],
    ['4340000000000002', '9007199254740996'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['8000000000000000', '0'],
    ['0000000000000000', '0'],
  ])('writes the double %s as %s', (bits, expected) => {
    const number = new DataView(Uint8Array.from(Buffer.from(bits, 'hex')).buffer).getFloat64(0);
    expect(canonicalJson(number)).toBe(expected);
  });

  it.each([
    [
      'sorts nested keys',
      { z: { y: 1, x: [{ b: 1, a: 0 }] } },
      '{"z":{"x":[{"a":0,"b":1}],"y":1}}',
    ],
    ['drops undefined members', { a: undefined, b: null }, '{"b":null}'],
    ['keeps array order', [3, 1, 2], '[3,1,2]'],
    ['escapes strings like JSON', { s: 'é "q" \n' }, '{"s":"é \\"q\\" \\n"}'],
    ['keeps a whole emoji', { s: '😡' }, '{"s":"😡"}'],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same text whatever the insertion order', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(
      canonicalJson({ b: { d: 3, c: 2 }, a: 1 }),
    );
  });

  it.each([
    ['NaN', { value: Number.NaN }],
    ['Infinity', { value: Number.POSITIVE_INFINITY }],
    ['a lone high surrogate (an emoji cut in half)', { text: 'abc\uD83D' }],
    ['a lone low surrogate', { text: '\uDE21 abc' }],
    ['a surrogate pair reversed', { text: '\uDE21\uD83D' }],
    ['a lone surrogate in a key', { ['k\uD800']: 1 }],
    ['a Date, which JSON has no word for', { at: new Date(0) }],
    ['a Blob', { file: new Blob(['x']) }],
  ])('refuses %s', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it.each([
    ['😡', false],
    ['\uD83D', true],
    ['\uDE21', true],
    ['a\uD83D\uDE21b', false],
    ['\uD83D\uD83D\uDE21', true],
  ])('sees whether %j holds a lone surrogate', (text, lone) => {
    expect(hasLoneSurrogate(text)).toBe(lone);
  });
});
