const HIDDEN_ATTRIBUTE = 'data-temoin-hidden-for-thread';

/**
 * Hides the page's fixed and sticky elements (headers, banners, composer bars) so that they
 * appear once, on the first screen, rather than over the posts of every other screen.
 * Returns the function that shows them again exactly as they were.
 */
export function hideFixedElements(document: Document, keep: (element: Element) => boolean) {
  const window = document.defaultView!;
  const hidden: Array<{ element: HTMLElement; visibility: string; priority: string }> = [];
  for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
    if (keep(element)) continue;
    const position = window.getComputedStyle(element).position;
    if (position !== 'fixed' && position !== 'sticky') continue;
    hidden.push({
      element,
      visibility: element.style.getPropertyValue('visibility'),
      priority: element.style.getPropertyPriority('visibility'),
    });
    element.setAttribute(HIDDEN_ATTRIBUTE, '');
    element.style.setProperty('visibility', 'hidden', 'important');
  }
  return function restore(): void {
    for (const { element, visibility, priority } of hidden) {
      element.removeAttribute(HIDDEN_ATTRIBUTE);
      if (visibility) element.style.setProperty('visibility', visibility, priority);
      else element.style.removeProperty('visibility');
    }
  };
}
