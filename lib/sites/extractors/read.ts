import type { PublicationTime } from '../post-details';
import { visibleText } from '../visible-text';

/** Small readers shared by the extractors: each returns undefined rather than throwing. */

export function textOf(root: ParentNode, selector: string, skip?: string): string | undefined {
  const element = root.querySelector(selector);
  const text = element ? visibleText(element, skip) : '';
  return text || undefined;
}

export function attributeOf(
  root: ParentNode,
  selector: string,
  attribute: string,
): string | undefined {
  return root.querySelector(selector)?.getAttribute(attribute)?.trim() || undefined;
}

/** An href made absolute against the page, or undefined. */
export function linkOf(root: ParentNode, selector: string, base: URL): string | undefined {
  return absolute(attributeOf(root, selector, 'href'), base);
}

export function absolute(href: string | undefined | null, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** Every distinct media address under the root, for the given selector. */
export function mediaOf(root: ParentNode, selector: string, base: URL): string[] {
  const addresses = Array.from(root.querySelectorAll(selector)).map((element) =>
    absolute(
      element.getAttribute('src') ?? element.getAttribute('href') ?? element.getAttribute('poster'),
      base,
    ),
  );
  return [...new Set(addresses.filter((address): address is string => Boolean(address)))];
}

/** The first capture group of a pattern in a string, or undefined. */
export function matchOf(value: string | undefined, pattern: RegExp): string | undefined {
  return value ? (pattern.exec(value)?.[1] ?? undefined) : undefined;
}

/**
 * The distinct authors of the messages around one in a chat, up to `reach` on each side, other
 * than its own author: who was there when it was said. Undefined when the message is not listed.
 */
export function nearbyAuthors(
  messages: readonly Element[],
  message: Element,
  authorOf: (message: Element) => string | undefined,
  reach = 2,
): string[] | undefined {
  const index = messages.indexOf(message);
  if (index < 0) return undefined;
  const own = authorOf(message);
  const around = [
    ...messages.slice(Math.max(0, index - reach), index),
    ...messages.slice(index + 1, index + 1 + reach),
  ];
  const names = around.map(authorOf).filter((name): name is string => !!name && name !== own);
  return [...new Set(names)];
}

/** Month names as French and English pages abbreviate or spell them, January first. */
const MONTHS = [
  /^jan/,
  /^f[eé][vb]/,
  /^mar/,
  /^a[pv]r/,
  /^ma[iy]/,
  /^jui?n/,
  /^jui?l/,
  /^(aug|ao[uû]t)/,
  /^sep/,
  /^oct/,
  /^nov/,
  /^d[eé]c/,
];

/** Day and month either way round, year, then the time, with AM/PM when on a 12-hour clock. */
const WRITTEN_DATE =
  /(?:(\d{1,2})\.?\s+(\p{L}+)\.?|(\p{L}+)\.?\s+(\d{1,2}))\s*,?\s+(\d{4})\D{1,8}?(\d{1,2})[:h](\d{2})(?:\s*([ap])\.?m\b)?/iu;

/**
 * A date written out to the minute ("12 mars 2025, 14:32", "March 12, 2025 at 1:32 PM"), as
 * the minute it names. Pages write such dates in the browser's time zone, the one this code
 * runs in. Undefined when the text is not such a date; `label` is what the page shows.
 */
export function writtenMinute(
  written: string | null | undefined,
  label = written,
): PublicationTime | undefined {
  const date = WRITTEN_DATE.exec(written ?? '');
  const month = MONTHS.findIndex((name) => name.test((date?.[2] ?? date?.[3] ?? '').toLowerCase()));
  if (!date || month < 0 || !label?.trim()) return undefined;
  const meridiem = date[8]?.toLowerCase();
  const hour = (Number(date[6]) % (meridiem ? 12 : 24)) + (meridiem === 'p' ? 12 : 0);
  const day = Number(date[1] ?? date[4]);
  const at = new Date(Number(date[5]), month, day, hour, Number(date[7]));
  if (at.getDate() !== day) return undefined;
  return {
    kind: 'range',
    label: label.trim(),
    earliest: at.toISOString(),
    latest: new Date(at.getTime() + 59_999).toISOString(),
  };
}
