import type browser from 'webextension-polyfill';
import type { FormHandlers } from '../messaging/form-channel';
import { planForTab, rememberPlaced } from './form-tabs';

/**
 * What the form filler asks of the background. It gets a plan only in a tab the user opened
 * from Témoin on the form, and only while that tab shows the form's site.
 */
export const formService: FormHandlers<browser.Runtime.MessageSender> = {
  plan: async (_request, sender) =>
    (await planForTab(sender.tab?.id, sender.url)) ?? { plan: null },
  async placed({ placed }, sender) {
    const tabId = sender.tab?.id;
    if (tabId !== undefined && (await planForTab(tabId, sender.url)))
      await rememberPlaced(tabId, placed);
    return {};
  },
};
