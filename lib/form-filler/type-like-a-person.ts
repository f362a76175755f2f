import { optionMeans, partText } from './field-formats';
import { normalizeLabel } from './normalize-label';
import type { FillStep, PartWrite } from './plan-fill';

/** What the filler last wrote in each control: a value that differs since is the person's. */
export type WrittenValues = WeakMap<Element, string>;

export type StepOutcome = 'filled' | 'truncated' | 'kept' | 'failed';

type ValueControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const CHECKED = 'checked';

/**
 * Sets a value through the element type's own setter: frameworks that control an input
 * (React) shadow `value` on the element, and only notice a value set underneath them.
 */
function setNativeValue(control: ValueControl, value: string): void {
  const prototype =
    control.localName === 'textarea'
      ? HTMLTextAreaElement.prototype
      : control.localName === 'select'
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(control, value);
  else control.value = value;
}

function write(control: ValueControl, value: string, written: WrittenValues): void {
  control.focus({ preventScroll: true });
  setNativeValue(control, value);
  control.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: value }),
  );
  control.dispatchEvent(new Event('change', { bubbles: true }));
  control.blur();
  written.set(control, value);
}

function defaultValueOf(control: ValueControl): string {
  if (control.localName !== 'select') return (control as HTMLInputElement).defaultValue;
  const options = Array.from((control as HTMLSelectElement).options);
  return (options.find((option) => option.hasAttribute('selected')) ?? options[0])?.value ?? '';
}

/** Whether the person typed something of their own: not empty, not the page's nor our value. */
function changedByPerson(control: ValueControl, wanted: string, written: WrittenValues): boolean {
  const current = control.value;
  if (current === '' || current === wanted) return false;
  return current !== (written.get(control) ?? defaultValueOf(control));
}

/**
 * Cuts text to a field's `maxlength` without splitting a character made of two code units,
 * and at the last paragraph when there is one: a report of several posts then keeps whole
 * posts, never half an address (the whole text is offered to copy).
 */
function cut(text: string, limit: number): string {
  if (limit < 0 || text.length <= limit) return text;
  const cutText = text.slice(0, limit);
  const lastParagraph = cutText.lastIndexOf('\n\n');
  if (lastParagraph > 0) return cutText.slice(0, lastParagraph);
  return /[\ud800-\udbff]$/.test(cutText) ? cutText.slice(0, -1) : cutText;
}

function typeText(
  control: HTMLInputElement | HTMLTextAreaElement,
  text: string,
  written: WrittenValues,
): StepOutcome {
  const fitting = cut(text, control.maxLength);
  if (changedByPerson(control, fitting, written)) return 'kept';
  if (control.value !== fitting) write(control, fitting, written);
  else written.set(control, fitting);
  return fitting === text ? 'filled' : 'truncated';
}

function check(
  option: HTMLInputElement,
  group: readonly HTMLInputElement[],
  written: WrittenValues,
): StepOutcome {
  const chosenByPerson = group.find(
    (input) =>
      input !== option &&
      input.type === 'radio' &&
      input.checked &&
      !input.hasAttribute('checked') &&
      written.get(input) !== CHECKED,
  );
  if (!option.checked && chosenByPerson) return 'kept';
  if (!option.checked) {
    option.focus({ preventScroll: true });
    option.click();
    option.blur();
  }
  if (!option.checked) return 'failed';
  group.forEach((input) => written.delete(input));
  written.set(option, CHECKED);
  return 'filled';
}

function pick(
  select: HTMLSelectElement,
  option: HTMLOptionElement,
  written: WrittenValues,
): StepOutcome {
  if (changedByPerson(select, option.value, written)) return 'kept';
  if (!option.selected) write(select, option.value, written);
  else written.set(select, option.value);
  return select.value === option.value ? 'filled' : 'failed';
}

function partValue(part: PartWrite): string | undefined {
  if (part.control.localName !== 'select') return partText(part.name, part.number);
  const options = Array.from((part.control as HTMLSelectElement).options);
  return options.find((option) =>
    optionMeans(part.name, part.number, option.value, normalizeLabel(option.text)),
  )?.value;
}

function typeParts(parts: readonly PartWrite[], written: WrittenValues): StepOutcome {
  const values = parts.map(partValue);
  if (values.some((value) => value === undefined)) return 'failed';
  if (parts.some((part, index) => changedByPerson(part.control, values[index]!, written)))
    return 'kept';
  parts.forEach((part, index) => {
    if (part.control.value !== values[index]) write(part.control, values[index]!, written);
  });
  return 'filled';
}

/**
 * The one executor: does a step as a person would, with focus, the value, bubbling `input` and
 * `change`, and blur, so the page's own scripts see a normal entry. It never clicks anything
 * but the option it was asked to tick, and never overwrites what the person typed.
 */
export function typeLikeAPerson(step: FillStep, written: WrittenValues): StepOutcome {
  switch (step.how) {
    case 'type':
      return typeText(step.control, step.text, written);
    case 'check':
      return check(step.option, step.group, written);
    case 'select':
      return pick(step.control, step.option, written);
    case 'parts':
      return typeParts(step.parts, written);
  }
}
