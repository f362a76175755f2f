const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button']);
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'pre']);

/**
 * The text of an element as a person reads it: emoji images by their alt text, hidden parts
 * (aria-hidden, `hidden`, the `skip` selector) left out, blocks on their own lines (unless
 * `blocks` is false, for a text whose page styles every element inline and breaks lines
 * only where the text has a line break), spaces folded. Works without layout, so it gives
 * the same answer in tests and in the page.
 */
export function visibleText(element: Element, skip?: string, blocks = true): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (SKIPPED.has(child.localName) || isHidden(child) || (skip && child.matches(skip))) return;
    if (child.localName === 'img') {
      parts.push(child.getAttribute('alt') ?? '');
      return;
    }
    const block = child.localName === 'br' || (blocks && BLOCKS.has(child.localName));
    if (block) parts.push('\n');
    child.childNodes.forEach(walk);
    if (block) parts.push('\n');
  };
  element.childNodes.forEach(walk);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function isHidden(element: Element): boolean {
  return (
    element.getAttribute('aria-hidden') === 'true' ||
    element.hasAttribute('hidden') ||
    /display:\s*none/.test(element.getAttribute('style') ?? '')
  );
}
