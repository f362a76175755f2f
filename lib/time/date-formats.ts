const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per language tag and options, made once: making an Intl formatter costs far
 * more than using it, and lists, statistics and exports format thousands of dates.
 */
export function cachedDateTimeFormat(
  tag: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${tag} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(tag, options);
    formatters.set(key, formatter);
  }
  return formatter;
}
