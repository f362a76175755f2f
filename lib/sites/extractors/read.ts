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
  return addressesOf(Array.from(root.querySelectorAll(selector)), base);
}

/** The distinct addresses of media elements (images, videos, links to them). */
export function addressesOf(elements: readonly Element[], base: URL): string[] {
  const addresses = elements.map((element) =>
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

/**
 * The elements under the root matching the selector, leaving out those inside a `foreign`
 * element below the root: a post quoted or embedded in it has fields of its own.
 */
export function ownAll(root: Element, selector: string, foreign: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((element) => {
    const inside = element.parentElement?.closest(foreign);
    return !inside || inside === root || !root.contains(inside);
  });
}

/** The visible text of the root's first own match, or undefined. */
export function ownTextOf(
  root: Element,
  selector: string,
  foreign: string,
  skip?: string,
): string | undefined {
  const element = ownAll(root, selector, foreign)[0];
  return (element && visibleText(element, skip)) || undefined;
}
