import browser from 'webextension-polyfill';
import { formChannel } from '../messaging/form-channel';
import { startFormFiller } from './run-form-filler';

const ask = formChannel.sender((envelope) => browser.runtime.sendMessage(envelope));

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
