import browser from 'webextension-polyfill';
import { captureOutcomeSchema, type CaptureOutcome } from '../messaging/background-channel';

const KEY = 'lastOutcome';

export interface RememberedOutcome {
  outcome: CaptureOutcome;
  at: string;
}

/** Keeps the last capture's outcome for the popup, for the browser session only. */
export async function rememberOutcome(outcome: CaptureOutcome): Promise<void> {
  await browser.storage.session.set({ [KEY]: { outcome, at: new Date().toISOString() } });
}

export async function readLastOutcome(): Promise<RememberedOutcome | null> {
  const stored = (await browser.storage.session.get(KEY))[KEY] as { outcome?: unknown; at?: unknown } | undefined;
  const parsed = captureOutcomeSchema.safeParse(stored?.outcome);
  return parsed.success && typeof stored?.at === 'string' ? { outcome: parsed.data, at: stored.at } : null;
}

export async function forgetLastOutcome(): Promise<void> {
  await browser.storage.session.remove(KEY);
}
