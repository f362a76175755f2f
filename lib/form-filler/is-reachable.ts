import { labelElementsOf } from './field-label';
import { clipHides, clipPathHides } from './clipping';

/** Smaller than this in either direction, a person cannot see or click a field. */
const MIN_SIZE = 2;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function styleOf(element: Element): CSSStyleDeclaration | undefined {
  return element.ownerDocument.defaultView?.getComputedStyle(element);
}

function isHiddenElement(element: Element): boolean {
  const html = element as HTMLElement;
  if (html.hidden || element.hasAttribute('inert')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const inline = html.style;
  if (inline && (inline.display === 'none' || inline.visibility === 'hidden')) return true;
  const computed = styleOf(element);
  return computed?.display === 'none' || computed?.visibility === 'hidden';
}

/**
 * Whether the element or one of its ancestors hides it from people: `hidden`, `inert`,
 * `aria-hidden`, `display: none`, `visibility: hidden`. Computed style alone is not enough:
 * some engines (and test DOMs) do not apply the `hidden` attribute's style.
 */
export function isHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isHiddenElement(node)) return true;
  }
  return false;
}

/** A page that is not laid out (a test DOM) has no geometry to judge by. */
function isLaidOut(document: Document): boolean {
  const root = document.documentElement.getBoundingClientRect();
  return root.width > 0 && root.height > 0;
}

function tooSmall(box: Box): boolean {
  return box.right - box.left < MIN_SIZE || box.bottom - box.top < MIN_SIZE;
}

function intersect(box: Box, other: Box): Box {
  return {
    left: Math.max(box.left, other.left),
    top: Math.max(box.top, other.top),
    right: Math.min(box.right, other.right),
    bottom: Math.min(box.bottom, other.bottom),
  };
}

/** Whether the page can be scrolled to the box: nothing scrolls before its start. */
function isOnPage(element: Element, box: Box): boolean {
  const view = element.ownerDocument.defaultView!;
  const page = element.ownerDocument.documentElement;
  const left = box.left + view.scrollX;
  const top = box.top + view.scrollY;
  const right = box.right + view.scrollX;
  const bottom = box.bottom + view.scrollY;
  return right > 0 && bottom > 0 && left < page.scrollWidth && top < page.scrollHeight;
}

/** Whether what is left of the element, once its ancestors have clipped it, is too small to see. */
function isClippedAway(element: Element, rect: DOMRect): boolean {
  let box: Box = rect;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = styleOf(node);
    if (!style || style.display === 'contents') continue;
    const nodeRect = node.getBoundingClientRect();
    if (clipPathHides(style.clipPath, nodeRect) || clipHides(style, nodeRect)) return true;
    const clips =
      ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
    if (node !== element && clips) box = intersect(box, nodeRect);
    if (tooSmall(box)) return true;
  }
  return false;
}

function isSeen(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return !tooSmall(rect) && isOnPage(element, rect) && !isClippedAway(element, rect);
}

/**
 * Whether a person can see and reach the element now: not hidden, and, on a laid-out page, big
 * enough, where the page can scroll, and not clipped away. Opacity alone does not hide: DSFR
 * draws its radios' labels over transparent inputs, so a radio or checkbox is reachable
 * through a label a person can see.
 */
export function isReachable(element: Element): boolean {
  if (isHidden(element)) return false;
  if (!isLaidOut(element.ownerDocument) || isSeen(element)) return true;
  const input = element as HTMLInputElement;
  if (input.type !== 'radio' && input.type !== 'checkbox') return false;
  return labelElementsOf(element).some((label) => !isHidden(label) && isSeen(label));
}
