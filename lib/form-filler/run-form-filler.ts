import { showCopyPanel } from './copy-panel';
import type { FieldKey, FillPlan } from '../messaging/fill-plan';
import { copyTextOf, PLACED_STATES, type FillEntry } from './fill-status';
import { findFields } from './find-fields';
import { highlightFilled, removeHighlights } from './highlight';
import { isHidden } from './is-fillable';
import { PHAROS_FIELD_PATTERNS } from '../pharos/field-patterns';
import { controlsOf, planFill, type FillStep } from './plan-fill';
import { typeLikeAPerson, type WrittenValues } from './type-like-a-person';

export interface FormFillerOptions {
  document: Document;
  plan: FillPlan;
  /** Keys placed on an earlier page of the same form: shown as done, not placed again. */
  alreadyPlaced?: readonly FieldKey[];
  /** Called with every key placed so far, each time one more is placed. */
  onChange?: (placed: FieldKey[]) => void;
  /** How long the page must stay still before new fields are read: steps often animate in. */
  settleMs?: number;
}

export interface FormFiller {
  stop(): void;
  status(): FillEntry[];
}

const DEFAULT_SETTLE_MS = 250;
const PATTERNS_BY_FORM = { pharos: PHAROS_FIELD_PATTERNS } as const;
/** Changes that show or hide a step; our own outlines (`style` on filled fields) are skipped. */
const WATCHED_ATTRIBUTES = ['hidden', 'style', 'class', 'disabled', 'readonly', 'open', 'inert'];

interface Placement extends FillEntry {
  controls: Element[];
}

/** The controls a step takes for itself: a whole group for a ticked option. */
function claimedBy(step: FillStep): Element[] {
  return step.how === 'check' ? step.group : controlsOf(step);
}

/**
 * Fills an official form in the page: what the page shows now, then each new step as it
 * appears. It types like a person and never submits, never clicks a button or link, never
 * touches a captcha; a panel lists every value with a copy button and says what is left to do.
 */
export function startFormFiller(options: FormFillerOptions): FormFiller {
  const { document, plan, onChange, settleMs = DEFAULT_SETTLE_MS } = options;
  const earlier = new Set(options.alreadyPlaced ?? []);
  const placements: Placement[] = plan.values.map((value) => ({
    key: value.key,
    value,
    state: earlier.has(value.key) ? 'earlier' : 'unplaced',
    controls: [],
  }));
  const written: WrittenValues = new WeakMap();
  const claimed = new WeakSet<Element>();
  const panel = showCopyPanel(document, plan.locale);
  const placedKeys = () =>
    placements.filter((entry) => PLACED_STATES.has(entry.state)).map((entry) => entry.key);
  let reported = placedKeys().length;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  function place(step: FillStep): boolean {
    const outcome = typeLikeAPerson(step, written);
    if (outcome === 'failed') return false;
    const placement = placements.find((entry) => entry.value === step.value)!;
    placement.state = outcome;
    placement.controls = controlsOf(step);
    claimedBy(step).forEach((control) => claimed.add(control));
    if (outcome !== 'kept')
      placement.controls.forEach((control) => highlightFilled(control, step.key));
    return true;
  }

  /** One look at the page; says whether anything was placed, as that may show more fields. */
  function fillVisible(): boolean {
    const fields = findFields(document).filter(
      (field) => !field.controls.some((control) => claimed.has(control)),
    );
    const pending = placements.filter((entry) => entry.state === 'unplaced');
    const values = pending.map((entry) => entry.value);
    const { steps } = planFill(fields, values, PATTERNS_BY_FORM[plan.form]);
    const placedAny = steps.map(place).some(Boolean);
    for (const placement of placements) {
      const gone = placement.controls.every((control) => !control.isConnected || isHidden(control));
      if (placement.state === 'filled' && gone) placement.state = 'earlier';
    }
    panel.update(
      placements.map((entry) => ({
        key: entry.key,
        state: entry.state,
        text: copyTextOf(entry.value),
      })),
    );
    const keys = placedKeys();
    if (keys.length !== reported) {
      reported = keys.length;
      onChange?.(keys);
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
    status: () => placements.map(({ key, value, state }) => ({ key, value, state })),
  };
}
