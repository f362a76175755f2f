import browser from 'webextension-polyfill';
import { formChannel } from '../messaging/form-channel';
import { startFormFiller } from './run-form-filler';

const ask = formChannel.sender((envelope) => browser.runtime.sendMessage(envelope));

const STARTED = Symbol.for('temoin.form-filler');
/** Whether the person last folded the panel: a choice kept across pages and reports. */
const FOLDED_KEY = 'formPanelFolded';

async function panelFolded(): Promise<boolean> {
  const stored = await browser.storage.local.get(FOLDED_KEY).catch(() => ({}));
  return (stored as Record<string, unknown>)[FOLDED_KEY] === true;
}

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
  const filler = startFormFiller({
    document: window.document,
    plan: answer.plan,
    alreadyPlaced: answer.alreadyPlaced,
    onChange: (placed) => void ask('placed', { placed }),
    panelFolded: await panelFolded(),
    onPanelFolded: (folded) => void browser.storage.local.set({ [FOLDED_KEY]: folded }),
  });
  // A page the tab left and came back to may be restored as it was, filler included: it goes
  // on only if the tab is still Témoin's form tab.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    void ask('plan', {}).then((again) => {
      if (!again.plan) filler.stop();
    });
  });
}
