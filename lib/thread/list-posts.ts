import type { ExtractionContext } from '../sites/extractor';
import type { PostDetails } from '../sites/post-details';
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
  return readPosts(scroller, selector, context, view).map(({ details, box }) => ({
    key: postKey(details),
    details,
    rectangle: { x: box.left, y: box.top, width: box.width, height: box.height },
    whole: box.top >= view.top - 0.5 && box.bottom <= view.bottom + 0.5,
  }));
}

/** The elements under `root` that the extractor takes for whole posts, with what they say. */
export function readPosts(
  root: Element,
  selector: string,
  context: ExtractionContext,
  view = { top: -Infinity, bottom: Infinity },
) {
  const read: Array<{ element: Element; details: PostDetails; box: DOMRect }> = [];
  for (const element of root.querySelectorAll(selector)) {
    const box = element.getBoundingClientRect();
    if (box.height === 0 || box.bottom <= view.top || box.top >= view.bottom) continue;
    const extracted = extractPost(element, context);
    if (!extracted || extracted.container !== element) continue;
    read.push({ element, details: extracted.details, box });
  }
  return read;
}

/**
 * The post at a point of the viewport, read by its extractor. With `probe` (nothing was
 * clicked), points further down the same column are tried until one holds a post.
 */
export function postAt(window: Window, point: { x: number; y: number }, probe: boolean) {
  const context = {
    document: window.document,
    url: new URL(window.location.href),
    now: new Date(),
  };
  const step = window.innerHeight / 20;
  for (let y = point.y; y < window.innerHeight && (probe || y === point.y); y += step) {
    const element = window.document.elementFromPoint(point.x, y);
    const post = element ? extractPost(element, context) : null;
    if (post) return post;
  }
  return null;
}
