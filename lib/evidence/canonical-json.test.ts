import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it.each([
    ['sorts keys', { b: 1, a: 2 }, '{"a":2,"b":1}'],
    [
      'sorts nested keys',
      { z: { y: 1, x: [{ b: 1, a: 0 }] } },
      '{"z":{"x":[{"a":0,"b":1}],"y":1}}',
    ],
    ['drops undefined members', { a: undefined, b: null }, '{"b":null}'],
    ['keeps array order', [3, 1, 2], '[3,1,2]'],
    ['writes numbers as ECMAScript does', { n: 1e21, m: 0.1, k: -0 }, '{"k":0,"m":0.1,"n":1e+21}'],
    ['escapes strings like JSON', { s: 'é "q" \n' }, '{"s":"é \\"q\\" \\n"}'],
    ['orders keys by UTF-16 code units', { é: 1, z: 2, Z: 3 }, '{"Z":3,"z":2,"é":1}'],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same text whatever the insertion order', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(
      canonicalJson({ b: { d: 3, c: 2 }, a: 1 }),
    );
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %s', (value) => {
    expect(() => canonicalJson({ value })).toThrow(TypeError);
  });
});
