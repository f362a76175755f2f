import { showCopyPanel } from './copy-panel';
import type { FillPlan, PlacedValue } from '../messaging/fill-plan';
import {
  forgetGoneFields,
  placedValues,
  PLACED_STATES,
  startingEntries,
  type FillEntry,
} from './fill-status';
import { findFields } from './find-fields';
import { highlightFilled, removeHighlights } from './highlight';
import { isReachable } from './is-reachable';
import { panelEntriesOf } from './panel-entries';
import { PHAROS_PATTERNS } from '../pharos/field-patterns';
import { controlsOf, planFill, type FillStep } from './plan-fill';
import { typeLikeAPerson, type WrittenValues } from './type-like-a-person';

export interface FormFillerOptions {
  document: Document;
  plan: FillPlan;
  /** Values placed on an earlier page of the same form: shown as done, not placed again. */
  alreadyPlaced?: readonly PlacedValue[];
  /** Called with every value placed so far, and where, each time one more is placed. */
  onChange?: (placed: PlacedValue[]) => void;
  /** How long the page must stay still before new fields are read: steps often animate in. */
  settleMs?: number;
  /** The panel starts folded: the person's last choice. */
  panelFolded?: boolean;
  onPanelFolded?: (folded: boolean) => void;
}

export interface FormFiller {
  stop(): void;
  status(): FillEntry[];
}

const DEFAULT_SETTLE_MS = 250;
const PATTERNS_BY_FORM = { pharos: PHAROS_PATTERNS } as const;
/** Changes that show or hide a step; our own outlines (`style` on filled fields) are skipped. */
const WATCHED_ATTRIBUTES = [
  'hidden',
  'style',
  'class',
  'disabled',
  'readonly',
  'open',
  'inert',
  'aria-hidden',
];

/** The controls a step takes for itself: a whole group for a ticked option. */
function claimedBy(step: FillStep): Element[] {
  return step.how === 'check' ? step.group : controlsOf(step);
}

/**
 * Fills an official form in the page: what the page shows now, then each new step as it
 * appears. It types like a person and never submits, never clicks a button or link, never
 * touches a captcha; a panel lists every value, says in the form's own words where it went,
 * and what is left to copy by hand.
 */
export function startFormFiller(options: FormFillerOptions): FormFiller {
  const { document, plan, onChange, settleMs = DEFAULT_SETTLE_MS } = options;
  const patterns = PATTERNS_BY_FORM[plan.form];
  const entries = startingEntries(plan.values, options.alreadyPlaced ?? []);
  const written: WrittenValues = new WeakMap();
  const claimed = new WeakSet<Element>();
  const panel = showCopyPanel(document, plan.locale, {
    folded: options.panelFolded ?? false,
    onFold: options.onPanelFolded,
  });
  let reported = JSON.stringify(placedValues(entries));
  let formSeen = entries.some((entry) => PLACED_STATES.has(entry.state));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const entryOf = (value: FillStep['value']) => entries.find((entry) => entry.value === value)!;

  function place(step: FillStep): boolean {
    const outcome = typeLikeAPerson(step, written);
    if (outcome === 'failed') return false;
    const controls = controlsOf(step);
    for (const value of [step.value, ...step.also]) {
      const entry = entryOf(value);
      if (!step.confirmation) entry.state = outcome;
      entry.places.push({ label: step.field.title, here: true, controls });
    }
    claimedBy(step).forEach((control) => claimed.add(control));
    if (outcome !== 'kept') controls.forEach((control) => highlightFilled(control, step.key));
    return true;
  }

  /** One look at the page; says whether anything was placed, as that may show more fields. */
  function fillVisible(): boolean {
    const fields = findFields(document).filter(
      (field) => !field.controls.some((control) => claimed.has(control)),
    );
    const pending = entries.filter((entry) => !PLACED_STATES.has(entry.state));
    const placed = entries.filter((entry) => PLACED_STATES.has(entry.state));
    const { steps, unanswerable } = planFill(
      fields,
      pending.map((entry) => entry.value),
      patterns,
      placed.map((entry) => entry.value),
    );
    const placedAny = steps.map(place).some(Boolean);
    for (const { value, field } of unanswerable) {
      const entry = entryOf(value);
      entry.state = 'unanswerable';
      entry.places = [{ label: field.title, here: true, controls: field.controls }];
    }
    forgetGoneFields(entries, (control) => !control.isConnected || !isReachable(control));
    formSeen ||= entries.some(
      (entry) => PLACED_STATES.has(entry.state) || entry.state === 'unanswerable',
    );
    panel.update(panelEntriesOf(entries, formSeen), formSeen);
    const placedNow = placedValues(entries);
    if (JSON.stringify(placedNow) !== reported) {
      reported = JSON.stringify(placedNow);
      onChange?.(placedNow);
    }
    return placedAny;
  }

  const observer = new MutationObserver(schedule);
  function run(): void {
    timer = undefined;
    const placedAny = fillVisible();
    // Our own writes and outlines are not news; a tick may reveal more (a sub-choice), so look again.
    observer.takeRecords();
    if (placedAny) schedule();
  }
  function schedule(): void {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, settleMs);
  }

  run();
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  return {
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      panel.remove();
      removeHighlights(document);
    },
    status: () => entries.map((entry) => ({ ...entry, places: [...entry.places] })),
  };
}
