const FILLED_ATTRIBUTE = 'data-temoin-filled';
const OUTLINE = '2px solid #000091';

/** The page's own outline, put back when the highlight goes. */
const previousOutlines = new WeakMap<HTMLElement, { outline: string; offset: string }>();

/**
 * What to outline for a control: DSFR hides radios and checkboxes behind their label, so the
 * label is what the person sees.
 */
function visiblePartOf(control: Element): HTMLElement {
  const input = control as HTMLInputElement;
  if ((input.type === 'radio' || input.type === 'checkbox') && input.labels?.[0]) {
    return input.labels[0];
  }
  return control as HTMLElement;
}

/** Outlines a field Témoin filled, so the person sees what to check before sending. */
export function highlightFilled(control: Element, key: string): void {
  const element = visiblePartOf(control);
  if (!previousOutlines.has(element)) {
    previousOutlines.set(element, {
      outline: element.style.outline,
      offset: element.style.outlineOffset,
    });
  }
  element.setAttribute(FILLED_ATTRIBUTE, key);
  element.style.outline = OUTLINE;
  element.style.outlineOffset = '2px';
}

/** Removes every highlight from the page, restoring the page's own outlines. */
export function removeHighlights(document: Document): void {
  document.querySelectorAll<HTMLElement>(`[${FILLED_ATTRIBUTE}]`).forEach((element) => {
    const previous = previousOutlines.get(element);
    element.style.outline = previous?.outline ?? '';
    element.style.outlineOffset = previous?.offset ?? '';
    previousOutlines.delete(element);
    element.removeAttribute(FILLED_ATTRIBUTE);
  });
}

/** The fields highlighted now, for tests and for removing one step's marks. */
export function highlightedElements(document: Document): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(`[${FILLED_ATTRIBUTE}]`));
}
