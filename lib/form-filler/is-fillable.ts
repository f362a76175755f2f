import { isReachable } from './is-reachable';
import { containsPhrase } from './label-words';
import { NEVER_TOUCH_ATTRIBUTES, NEVER_TOUCH_LABELS } from './never-touch';

/** Input types a person types or clicks into; buttons, files, passwords and hidden fields never. */
const FILLABLE_INPUT_TYPES = new Set([
  'text',
  'email',
  'url',
  'tel',
  'search',
  'number',
  'date',
  'time',
  'datetime-local',
  'radio',
  'checkbox',
]);

const CAPTCHA_WRAPPER_DEPTH = 4;

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Disabled itself, or inside a disabled fieldset at any depth. */
function isDisabled(control: FormControl): boolean {
  if (control.disabled || control.hasAttribute('disabled')) return true;
  for (
    let set = control.closest('fieldset');
    set;
    set = set.parentElement?.closest('fieldset') ?? null
  ) {
    if (set.hasAttribute('disabled')) return true;
  }
  return false;
}

function isReadOnly(control: FormControl): boolean {
  if (control.getAttribute('aria-readonly') === 'true') return true;
  return 'readOnly' in control && (control.readOnly || control.hasAttribute('readonly'));
}

function isCaptcha(control: FormControl, labels: readonly string[]): boolean {
  if (labels.some((label) => NEVER_TOUCH_LABELS.some((phrase) => containsPhrase(label, phrase))))
    return true;
  if (control.getAttribute('autocomplete') === 'one-time-code') return true;
  // A few levels only: a whole form named "...-captcha" must not hide its other fields.
  let node: Element | null = control;
  for (
    let level = 0;
    node && level < CAPTCHA_WRAPPER_DEPTH;
    level += 1, node = node.parentElement
  ) {
    if (node.localName === 'form') return false;
    const names = `${node.id} ${node.getAttribute('name') ?? ''} ${node.getAttribute('class') ?? ''}`;
    if (NEVER_TOUCH_ATTRIBUTES.test(names)) return true;
  }
  return false;
}

/** Whether the control is of a kind the filler may write to at all. */
export function isFillableKind(control: Element): control is FormControl {
  if (control.localName === 'textarea') return true;
  if (control.localName === 'select') return !(control as HTMLSelectElement).multiple;
  if (control.localName !== 'input') return false;
  return FILLABLE_INPUT_TYPES.has((control as HTMLInputElement).type.toLowerCase() || 'text');
}

/**
 * Whether a person could fill the control now: reachable, enabled, writable, and not a captcha.
 * `labels` are the control's normalized labels, used to spot a captcha by its wording.
 */
export function isFillable(control: FormControl, labels: readonly string[]): boolean {
  if (!isFillableKind(control) || isDisabled(control) || isReadOnly(control)) return false;
  return isReachable(control) && !isCaptcha(control, labels);
}
