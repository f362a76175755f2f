import browser from 'webextension-polyfill';
import { captureOutcomeSchema, type CaptureOutcome } from '../messaging/capture-outcome';

const KEY = 'lastOutcome';

export interface RememberedOutcome {
  outcome: CaptureOutcome;
  at: string;
}

/** Keeps the last capture's outcome for the popup, for the browser session only. */
export async function rememberOutcome(outcome: CaptureOutcome): Promise<void> {
  await browser.storage.session.set({ [KEY]: { outcome, at: new Date().toISOString() } });
}

/** The person has read it: the popup no longer shows it. */
export async function forgetLastOutcome(): Promise<void> {
  await browser.storage.session.remove(KEY);
}

export async function readLastOutcome(): Promise<RememberedOutcome | null> {
  return parseRemembered((await browser.storage.session.get(KEY))[KEY]);
}

/** Calls back with each new outcome while a page is open; returns the unsubscribe function. */
export function watchLastOutcome(listener: (remembered: RememberedOutcome | null) => void) {
  const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'session' && KEY in changes) listener(parseRemembered(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

function parseRemembered(stored: unknown): RememberedOutcome | null {
  const value = stored as { outcome?: unknown; at?: unknown } | undefined;
  const parsed = captureOutcomeSchema.safeParse(value?.outcome);
  return parsed.success && typeof value?.at === 'string'
    ? { outcome: parsed.data, at: value.at }
    : null;
}
