const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces each lone UTF-16 surrogate in the text of a JSON value with U+FFFD, and says in
 * which fields. Page text can hold half of a character (an emoji cut by a site's own
 * truncation); canonical JSON cannot, so the capture keeps the replacement character and
 * records where it stands, rather than failing or sealing text no other tool can read.
 */
export function withWellFormedText<T>(value: T): { value: T; repairedFields: string[] } {
  const repairedFields: string[] = [];
  const repair = (item: unknown, field: string): unknown => {
    if (typeof item === 'string') {
      const repaired = item.replace(LONE_SURROGATES, '\uFFFD');
      if (repaired !== item) repairedFields.push(field);
      return repaired;
    }
    if (Array.isArray(item))
      return item.map((element, index) => repair(element, `${field}[${index}]`));
    if (item !== null && typeof item === 'object') {
      return Object.fromEntries(
        Object.entries(item).map(([key, element]) => {
          const name = repair(key, `${field}{key}`) as string;
          return [name, repair(element, field ? `${field}.${name}` : name)];
        }),
      );
    }
    return item;
  };
  return { value: repair(value, '') as T, repairedFields };
}
