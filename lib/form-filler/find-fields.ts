import { contextOf } from './field-context';
import {
  groupAround,
  groupLabelsAround,
  groupTitleOf,
  hintsOfControl,
  LABEL_WEIGHT,
  labelElementsOf,
  labelsOfControl,
  referenced,
  shownTextOf,
  type WeightedLabel,
} from './field-label';
import { joinParts } from './field-parts';
import { isFillable, isFillableKind, type FormControl } from './is-fillable';
import { isHidden } from './is-reachable';
import type { FieldShape, FoundField } from './found-field';
import { normalizeLabel, shownLabel } from './normalize-label';

const QUESTION_MAX_LENGTH = 200;
const QUESTION_SEARCH_DEPTH = 3;

function shapeOf(control: FormControl): FieldShape {
  if (control.localName !== 'input') return control.localName === 'select' ? 'select' : 'text';
  const type = (control as HTMLInputElement).type.toLowerCase();
  if (type === 'date' || type === 'time' || type === 'number') return type;
  return type === 'datetime-local' ? 'datetime' : 'text';
}

/** A control's name as the page shows it: what references it, its label, else its attributes. */
function titleOfControl(control: Element): string {
  const named = referenced(control, 'aria-labelledby');
  if (named.length > 0) return shownTextOf(named);
  const labels = labelElementsOf(control);
  if (labels.length > 0) return shownTextOf(labels.slice(0, 1));
  const attribute = ['aria-label', 'placeholder', 'title']
    .map((name) => control.getAttribute(name) ?? '')
    .find((text) => text.trim() !== '');
  return shownLabel(attribute ?? '');
}

/** A field's own labels, plus each prefixed by the legend around it (« Date de constatation » › « Date »). */
function labelsInContext(control: FormControl): WeightedLabel[] {
  const own = labelsOfControl(control);
  const context = groupLabelsAround(control, LABEL_WEIGHT.context, false).flatMap((legend) =>
    own
      .filter((label) => label.weight === LABEL_WEIGHT.label)
      .map((label) => ({ text: `${legend.text} ${label.text}`, weight: legend.weight })),
  );
  return [...own, ...context];
}

function singleField(control: FormControl, labels: WeightedLabel[]): FoundField {
  const options =
    control.localName === 'select'
      ? Array.from((control as HTMLSelectElement).options)
          .filter((option) => !option.disabled)
          .map((option) => ({ element: option, labels: [normalizeLabel(option.text)] }))
      : [];
  const hints = hintsOfControl(control);
  const title = titleOfControl(control);
  return {
    shape: shapeOf(control),
    controls: [control],
    labels,
    hints,
    options,
    parts: [],
    title,
    ownLabel: normalizeLabel(title),
    context: contextOf(control),
  };
}

/**
 * The question of a group of radios without a legend: the short text just before the group,
 * looking a few levels up past hidden siblings and siblings that hold other fields.
 */
function questionBefore(inputs: readonly HTMLInputElement[]): Element | undefined {
  let container = inputs[0]!.parentElement;
  while (container && !inputs.every((input) => container!.contains(input))) {
    container = container.parentElement;
  }
  for (let level = 0; container && level < QUESTION_SEARCH_DEPTH; level += 1) {
    const previous = container.previousElementSibling;
    if (previous && !isHidden(previous) && !previous.querySelector('input, select, textarea')) {
      const text = normalizeLabel(previous.textContent ?? '');
      return text !== '' && text.length <= QUESTION_MAX_LENGTH ? previous : undefined;
    }
    container = container.parentElement;
  }
  return undefined;
}

function groupField(inputs: HTMLInputElement[]): FoundField {
  const options = inputs.map((input) => ({
    element: input,
    labels: labelsOfControl(input)
      .filter((label) => label.weight !== LABEL_WEIGHT.placeholder)
      .map((label) => label.text),
  }));
  const group = groupAround(inputs[0]!);
  let labels = groupLabelsAround(inputs[0]!);
  let title = group ? groupTitleOf(group) : '';
  const question = labels.length === 0 ? questionBefore(inputs) : undefined;
  if (question) {
    title = shownTextOf([question]);
    labels = [{ text: normalizeLabel(title), weight: LABEL_WEIGHT.context }];
  }
  if (labels.length === 0 && inputs.length === 1) {
    labels = labelsOfControl(inputs[0]!);
    title = titleOfControl(inputs[0]!);
  }
  return {
    shape: 'choices',
    controls: inputs,
    labels,
    hints: '',
    options,
    parts: [],
    title,
    ownLabel: normalizeLabel(title),
    context: contextOf(inputs[0]!),
  };
}

/** Radios (and checkboxes) belong together by name within their form, else by their container. */
function groupKey(input: HTMLInputElement): string | Element {
  if (!input.name) return input.closest('fieldset, [role="radiogroup"]') ?? input.parentElement!;
  const forms = Array.from(input.ownerDocument.forms);
  return `${forms.indexOf(input.form!)}|${input.type}|${input.name}`;
}

/**
 * Reads the fields a person could fill now on the page, in document order, each with all its
 * visible names. The filler's own panel lives in a closed shadow root and is never seen here.
 */
export function findFields(document: Document): FoundField[] {
  const singles: FoundField[] = [];
  const groups = new Map<string | Element, HTMLInputElement[]>();
  const order: (FoundField | HTMLInputElement[])[] = [];
  for (const element of Array.from(document.querySelectorAll('input, select, textarea'))) {
    if (!isFillableKind(element)) continue;
    const labels = labelsInContext(element);
    if (
      !isFillable(
        element,
        labels.map((label) => label.text),
      )
    )
      continue;
    const input = element as HTMLInputElement;
    if (input.type === 'radio' || input.type === 'checkbox') {
      const key = groupKey(input);
      const group = groups.get(key);
      if (group) group.push(input);
      else {
        groups.set(key, [input]);
        order.push(groups.get(key)!);
      }
    } else {
      const field = singleField(element, labels);
      singles.push(field);
      order.push(field);
    }
  }
  const partOf = new Map(
    joinParts(singles).flatMap((field) =>
      field.controls.map((control) => [control as Element, field] as const),
    ),
  );
  const fields: FoundField[] = [];
  for (const item of order) {
    if (Array.isArray(item)) fields.push(groupField(item));
    else {
      const field = partOf.get(item.controls[0]!);
      if (field && !fields.includes(field)) fields.push(field);
    }
  }
  return fields;
}
