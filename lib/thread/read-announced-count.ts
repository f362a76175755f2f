import { ANNOUNCED_COUNT_SOURCES, type AnnouncedCountSource } from './announced-counts';

/** A whole number, with thousands grouped by one space, dot or comma (« 1 234 », "1,234"). */
const NUMBER = String.raw`(\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+|\d+)`;

/**
 * The count of messages the page announces for the clicked post's thread: the source nearest
 * the post (its own thread's count, not a neighbour's in a feed), then outward to the page.
 */
export function readAnnouncedCount(
  post: Element,
  platform: string,
  sources: readonly AnnouncedCountSource[] = ANNOUNCED_COUNT_SOURCES,
): number | undefined {
  const mine = sources.filter((source) => source.platform === platform);
  if (mine.length === 0) return undefined;
  for (let scope: Element | null = post; scope; scope = scope.parentElement) {
    for (const source of mine) {
      for (const element of scope.querySelectorAll(source.selector)) {
        const count = countIn(element, source);
        if (count !== undefined) return count;
      }
    }
  }
  return undefined;
}

/**
 * The number in one element, when its words say it is the count. Counts abbreviated as
 * « 1,2 k » or "3.4K" are not exact and do not match: a digit, dot or comma may not come
 * before the number, nor anything but the words after it.
 */
export function countIn(element: Element, source: AnnouncedCountSource): number | undefined {
  const text = source.attribute
    ? (element.getAttribute(source.attribute) ?? '')
    : (element.textContent ?? '');
  if (source.words.length === 0) return exact(text.trim());
  const words = source.words.join('|');
  const found = new RegExp(String.raw`(?:^|[^\d.,])${NUMBER}\s+(?:${words})(?![\p{L}])`, 'iu').exec(
    text.replace(/\s+/g, ' '),
  );
  return found ? exact(found[1]!) : undefined;
}

function exact(written: string): number | undefined {
  if (!new RegExp(`^${NUMBER}$`).test(written)) return undefined;
  const count = Number(written.replace(/[ .,\u00a0\u202f]/g, ''));
  return Number.isSafeInteger(count) ? count : undefined;
}
