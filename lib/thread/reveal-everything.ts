import type { RevealPlatform } from './reveal-platforms';
import {
  CANDIDATES,
  DENIED_NAMES,
  EXPANDERS,
  MENU_CHOICES,
  REVEAL_AREAS,
  type Expander,
} from './reveal-expanders';

/** One click Témoin made on the page, as the custody log and the sealed thread list it. */
export interface RevealClick {
  /** The button's accessible name, as the page gave it. */
  label: string;
  /** The table's entry it matched (`x.hidden-replies`). */
  expander: string;
  platform: string;
  at: string;
}

export interface RevealLimits {
  /** The most clicks in all. */
  clicks: number;
  /** The most rounds: each clicks what is there, then waits for the page to settle. */
  rounds: number;
  /** The page has settled once nothing changed for this long… */
  quietMs: number;
  /** …or after this long anyway. */
  settleMs: number;
}

export const REVEAL_LIMITS: RevealLimits = { clicks: 40, rounds: 6, quietMs: 400, settleMs: 3000 };

/**
 * Clicks the platform's own expanders in the thread's area, round after round until none is
 * left, within the limits: menus first (once each), then buttons. Returns every click made,
 * in order. Never clicks outside the area, a link that would leave the page, a form's submit
 * button, a captcha, or anything whose name is on the deny-list.
 */
export async function revealEverything(
  window: Window,
  area: Element,
  platform: RevealPlatform,
  limits: RevealLimits = REVEAL_LIMITS,
): Promise<RevealClick[]> {
  const expanders = EXPANDERS.filter((expander) => expander.platform === platform);
  const clicks: RevealClick[] = [];
  const click = (element: HTMLElement, expander: Expander) => {
    clicks.push({
      label: accessibleName(element).slice(0, 300),
      expander: expander.id,
      platform,
      at: new Date().toISOString(),
    });
    element.click();
  };

  for (const menu of expanders.filter((expander) => expander.kind === 'menu')) {
    if (clicks.length + 2 > limits.clicks) break;
    const opener = findExpanders(area, menu.name)[0];
    if (!opener || menu.kind !== 'menu') continue;
    click(opener, menu);
    await settle(window, area.ownerDocument.body, limits);
    const choice = findChoice(area.ownerDocument, menu.choice);
    if (choice && !isChosen(choice)) {
      click(choice, menu);
      await settle(window, area, limits);
    } else {
      // Already so, or no such choice: the menu is closed as a person would.
      area.ownerDocument.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
    }
  }

  const buttons = expanders.filter((expander) => expander.kind === 'button');
  for (let round = 0; round < limits.rounds && clicks.length < limits.clicks; round += 1) {
    const found = buttons.flatMap((expander) =>
      findExpanders(area, expander.name).map((element) => ({ element, expander })),
    );
    if (found.length === 0) break;
    for (const { element, expander } of found) {
      if (clicks.length >= limits.clicks) break;
      if (element.isConnected) click(element, expander);
    }
    if (!(await settle(window, area, limits))) break;
  }
  return clicks;
}

/**
 * Where the expanders are looked for: the platform's area around the clicked post, else the
 * smallest element holding all the thread's posts.
 */
export function revealArea(
  post: Element,
  platform: RevealPlatform,
  posts: readonly Element[],
): Element {
  for (const selector of REVEAL_AREAS[platform]) {
    let outermost: Element | null = null;
    for (let at = post.closest(selector); at; at = at.parentElement?.closest(selector) ?? null) {
      outermost = at;
    }
    if (outermost) return outermost;
  }
  let common = post.parentElement ?? post;
  while (common.parentElement && !posts.every((one) => common.contains(one))) {
    common = common.parentElement;
  }
  return common;
}

/** The elements of the area whose role and whole name match, and that are safe to click. */
function findExpanders(area: Element, name: string): HTMLElement[] {
  const whole = new RegExp(`^(?:${name})$`, 'iu');
  return [...area.querySelectorAll<HTMLElement>(CANDIDATES)].filter(
    (element) => whole.test(accessibleName(element)) && safeToClick(element),
  );
}

/** A menu's choice, in the menu the opener showed (menus are often drawn at the page's end). */
function findChoice(document: Document, name: string): HTMLElement | undefined {
  const whole = new RegExp(`^(?:${name})$`, 'iu');
  return [...document.querySelectorAll<HTMLElement>(MENU_CHOICES)].find(
    (element) =>
      element.closest('[role="menu"], [role="listbox"], [role="radiogroup"], [role="dialog"]') &&
      whole.test(accessibleName(element)) &&
      safeToClick(element),
  );
}

function isChosen(element: Element): boolean {
  return ['aria-selected', 'aria-checked', 'aria-current'].some(
    (attribute) => element.getAttribute(attribute) === 'true',
  );
}

/** What a screen reader would call it: its label, else its text, spaces collapsed. */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  const byIds = labelledBy
    ?.split(/\s+/)
    .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');
  const name = element.getAttribute('aria-label') || byIds || element.textContent || '';
  return name.replace(/\s+/g, ' ').trim();
}

/**
 * Whether a click can only open something on this page: not denied by name, not a link to
 * another address, not a form's submit, not disabled or hidden, not part of a captcha.
 */
export function safeToClick(element: HTMLElement): boolean {
  const name = accessibleName(element);
  if (!name || DENIED_NAMES.test(name) || DENIED_NAMES.test(element.title)) return false;
  const link = element.closest('a[href]');
  const href = link?.getAttribute('href')?.trim() ?? '';
  if (link && href !== '' && href !== '#' && !/^javascript:/i.test(href)) return false;
  if (element.closest('form') && (element.getAttribute('type') ?? 'submit') === 'submit') {
    if (element.localName === 'button' || element.localName === 'input') return false;
  }
  if (element.closest('[hidden], [inert], [aria-hidden="true"], [aria-disabled="true"]')) {
    return false;
  }
  if ((element as HTMLButtonElement).disabled) return false;
  return !element.closest('[id*="captcha" i], [class*="captcha" i], [title*="captcha" i]');
}

/**
 * Waits for the page to change, then until nothing in `root` changed for the quiet time (or
 * the settle time passed). False when nothing changed at all: the clicks opened nothing.
 */
function settle(window: Window, root: Node, limits: RevealLimits): Promise<boolean> {
  return new Promise((resolve) => {
    let changed = false;
    // The quiet time counts from the first change: a reply list may take a while to come.
    let quiet: number | undefined;
    const cap = window.setTimeout(done, limits.settleMs);
    const observer = new MutationObserver(() => {
      changed = true;
      window.clearTimeout(quiet);
      quiet = window.setTimeout(done, limits.quietMs);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    function done() {
      observer.disconnect();
      window.clearTimeout(quiet);
      window.clearTimeout(cap);
      resolve(changed);
    }
  });
}
