/**
 * Serializes a JSON value canonically, as RFC 8785 (JSON Canonicalization Scheme) says: object
 * keys sorted by UTF-16 code units, no insignificant white space, numbers and strings as
 * ECMAScript serializes them. The same metadata always gives the same bytes, so its hash can
 * be recomputed by anyone, in any language, years later.
 *
 * What RFC 8785 cannot serialize is refused with a TypeError rather than written some way of
 * our own: NaN and the infinities, values JSON has no word for, and text holding a lone UTF-16
 * surrogate (half of a character, which has no UTF-8 form).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return canonicalString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('Canonical JSON cannot hold NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  }
  // Only plain objects: a Date or a Blob would otherwise become "{}" and hash as such.
  if (Object.prototype.toString.call(value) === '[object Object]') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, item]) => `${canonicalString(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  throw new TypeError(`Canonical JSON cannot hold a ${typeof value}`);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a text holds half of a character: a UTF-16 surrogate without its other half. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

function canonicalString(text: string): string {
  if (hasLoneSurrogate(text)) {
    throw new TypeError('Canonical JSON cannot hold a lone UTF-16 surrogate (RFC 8785, 3.2.2.2)');
  }
  return JSON.stringify(text);
}
