import { normalizeLabel, shownLabel } from './normalize-label';

/** A normalized label with how much to trust it: a `<label>` says more than a placeholder. */
export interface WeightedLabel {
  text: string;
  weight: number;
}

/**
 * A label with its hint counts less than without: a hint may name another field (« décrivez
 * dans le commentaire »), and matters only when the label alone says nothing.
 */
export const LABEL_WEIGHT = { label: 1, context: 0.8, placeholder: 0.7, withHints: 0.6 } as const;

/** Hint text (DSFR) sits inside labels and legends; it describes the format, not the field. */
const HINT_SELECTOR = '.fr-hint-text, .fr-message, [data-hint]';
/** Elements nested in a label whose text is not the label's: a select's options, scripts. */
const NOT_LABEL_TEXT = 'select, textarea, option, script, style, template';

function rawTextOf(element: Element, withHints: boolean): string {
  const copy = element.cloneNode(true) as Element;
  const dropped = withHints ? NOT_LABEL_TEXT : `${NOT_LABEL_TEXT}, ${HINT_SELECTOR}`;
  copy.querySelectorAll(dropped).forEach((node) => node.remove());
  return copy.textContent ?? '';
}

function textOf(element: Element, withHints: boolean): string {
  return normalizeLabel(rawTextOf(element, withHints));
}

/** The words of elements as the page shows them, without hints: a field's title for people. */
export function shownTextOf(elements: readonly Element[]): string {
  return shownLabel(elements.map((element) => rawTextOf(element, false)).join(' '));
}

/** The elements named by an id list attribute (`aria-labelledby`, `aria-describedby`). */
export function referenced(element: Element, attribute: string): Element[] {
  const ids = (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
  return ids.flatMap((id) => element.ownerDocument.getElementById(id) ?? []);
}

/** The visible text naming an element, as labels with and without their hints. */
export function labelsOfElements(
  elements: readonly Element[],
  weight = 1,
  hints = true,
): WeightedLabel[] {
  if (elements.length === 0) return [];
  const plain = elements
    .map((element) => textOf(element, false))
    .join(' ')
    .trim();
  const withHints = elements
    .map((element) => textOf(element, true))
    .join(' ')
    .trim();
  const labels = [{ text: plain, weight }];
  if (hints && withHints !== plain)
    labels.push({ text: withHints, weight: weight * LABEL_WEIGHT.withHints });
  return labels.filter((label) => label.text !== '');
}

export function labelElementsOf(control: Element): Element[] {
  const labels = (control as HTMLInputElement).labels;
  const found = labels ? Array.from(labels) : [];
  const wrapping = control.closest('label');
  if (wrapping && !found.includes(wrapping)) found.push(wrapping);
  return found;
}

/**
 * Every accessible name a control has: `aria-labelledby`, `aria-label`, its `<label>`s (by
 * `for` or wrapping), then its placeholder and title as weaker names. Several sources are all
 * kept: the filler matches the best one, and the page may be inconsistent.
 */
export function labelsOfControl(control: Element): WeightedLabel[] {
  const labels = [
    ...labelsOfElements(referenced(control, 'aria-labelledby')),
    ...labelsOfElements(labelElementsOf(control)),
  ];
  const ariaLabel = normalizeLabel(control.getAttribute('aria-label') ?? '');
  if (ariaLabel) labels.push({ text: ariaLabel, weight: LABEL_WEIGHT.label });
  for (const attribute of ['placeholder', 'title']) {
    const text = normalizeLabel(control.getAttribute(attribute) ?? '');
    if (text) labels.push({ text, weight: LABEL_WEIGHT.placeholder });
  }
  return labels;
}

/** Text that may show the expected format (« jj/mm/aaaa »): hints, descriptions, placeholder. */
export function hintsOfControl(control: Element): string {
  const described = referenced(control, 'aria-describedby').map((element) => textOf(element, true));
  const inLabels = labelElementsOf(control).map((label) => textOf(label, true));
  const placeholder = normalizeLabel(control.getAttribute('placeholder') ?? '');
  return [...inLabels, ...described, placeholder].join(' ').trim();
}

/**
 * The legend of a fieldset, or the name of an ARIA group, around an element. `hints: false`
 * for a legend read as context of a field inside it, where its hints would only add noise.
 */
export function groupLabelsAround(element: Element, weight = 1, hints = true): WeightedLabel[] {
  const group = groupAround(element);
  if (!group) return [];
  const ariaLabel = normalizeLabel(group.getAttribute('aria-label') ?? '');
  return [
    ...labelsOfElements(legendsOf(group), weight, hints),
    ...labelsOfElements(referenced(group, 'aria-labelledby'), weight, hints),
    ...(ariaLabel ? [{ text: ariaLabel, weight }] : []),
  ];
}

const GROUP_SELECTOR = 'fieldset, [role="radiogroup"], [role="group"]';

/** The fieldset or ARIA group an element sits in. */
export function groupAround(element: Element): Element | null {
  return element.parentElement?.closest(GROUP_SELECTOR) ?? null;
}

function legendsOf(group: Element): Element[] {
  return Array.from(group.children).filter((child) => child.localName === 'legend');
}

/** The words naming a group as the page shows them: its legend, else its ARIA name. */
export function groupTitleOf(group: Element): string {
  const named = [...legendsOf(group), ...referenced(group, 'aria-labelledby')];
  const legend = shownTextOf(named.slice(0, 1));
  return legend || shownLabel(group.getAttribute('aria-label') ?? '');
}
