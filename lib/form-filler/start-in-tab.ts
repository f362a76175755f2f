import browser from 'webextension-polyfill';
import type { RequestOf, ResponseOf } from '../messaging/define-channel';
import { formChannel } from '../messaging/form-channel';
import { startFormFiller } from './run-form-filler';

type FormProtocol = typeof formChannel.protocol;

async function ask<T extends keyof FormProtocol & string>(
  type: T,
  payload: RequestOf<FormProtocol, T>,
): Promise<ResponseOf<FormProtocol, T>> {
  const answer: unknown = await browser.runtime.sendMessage(formChannel.envelope(type, payload));
  return formChannel.parseResponse(type, answer);
}

const STARTED = Symbol.for('temoin.form-filler');

/**
 * Asks the background for this tab's plan and fills the form. Without a plan (a tab Témoin did
 * not open) it does nothing. Each page load injects it again; on one page it starts once.
 */
export async function startFormFillerInTab(window: Window): Promise<void> {
  const marked = window as Window & { [STARTED]?: boolean };
  if (marked[STARTED]) return;
  marked[STARTED] = true;
  const answer = await ask('plan', {});
  if (!answer.plan) return;
  startFormFiller({
    document: window.document,
    plan: answer.plan,
    alreadyPlaced: answer.alreadyPlaced,
    onChange: (placed) => void ask('placed', { keys: placed }),
  });
}
