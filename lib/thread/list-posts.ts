import type { ExtractionContext } from '../sites/extractor';
import { extractPost } from '../sites/extract-post';
import { postKey, type SeenPost } from './thread-posts';

/**
 * A selector for the posts of the thread, from the right-clicked one: its tag with the
 * attribute or class that says what it is (test id, role, first class).
 */
export function siblingSelector(post: Element): string {
  const escape = (value: string) => CSS.escape(value);
  for (const attribute of ['data-testid', 'data-a-target', 'role']) {
    const value = post.getAttribute(attribute);
    if (value) return `${post.localName}[${attribute}="${escape(value)}"]`;
  }
  const firstClass = post.classList[0];
  return firstClass ? `${post.localName}.${escape(firstClass)}` : post.localName;
}

/**
 * The posts of the thread in the scroller's viewport, read by the platform's extractor.
 * An element counts only if the extractor takes it for a whole post (not a part of one).
 */
export function listVisiblePosts(
  scroller: Element,
  selector: string,
  view: { top: number; bottom: number },
  context: ExtractionContext,
): SeenPost[] {
  const seen: SeenPost[] = [];
  for (const element of scroller.querySelectorAll(selector)) {
    const box = element.getBoundingClientRect();
    if (box.height === 0 || box.bottom <= view.top || box.top >= view.bottom) continue;
    const extracted = extractPost(element, context);
    if (!extracted || extracted.container !== element) continue;
    seen.push({
      key: postKey(extracted.details),
      details: extracted.details,
      rectangle: { x: box.left, y: box.top, width: box.width, height: box.height },
      whole: box.top >= view.top - 0.5 && box.bottom <= view.bottom + 0.5,
    });
  }
  return seen;
}
