import { groupAround, groupTitleOf } from './field-label';
import { isHidden } from './is-reachable';
import { normalizeLabel } from './normalize-label';

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The last visible heading before an element in the page, if any. */
function headingBefore(element: Element): Element | undefined {
  const headings = Array.from(element.ownerDocument.querySelectorAll(HEADINGS));
  return headings
    .filter((heading) => !heading.contains(element) && !isHidden(heading))
    .filter(
      (heading) => heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
    )
    .at(-1);
}

/**
 * The wording a field is asked under, normalized: the legend of its group, or, when it is in no
 * named group, the heading of its part of the page. Only the closest wording counts: a bare
 * « Date » under « Autres précisions » says nothing, whatever the step is called.
 */
export function contextOf(control: Element): string {
  const group = groupAround(control);
  const title = group ? groupTitleOf(group) : '';
  if (title) return normalizeLabel(title);
  return normalizeLabel(headingBefore(control)?.textContent ?? '');
}
