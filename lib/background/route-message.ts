import browser from 'webextension-polyfill';
import { backgroundChannel, type BackgroundHandlers } from '../messaging/background-channel';
import { formChannel, type FormHandlers } from '../messaging/form-channel';

type Sender = browser.Runtime.MessageSender;

/**
 * Answers each message according to who sent it, checked before anything is done: the form
 * filler, from the top frame of a web tab, speaks the form channel; the extension's own pages
 * speak the background channel; content scripts, which run beside untrusted pages, and other
 * extensions get no answer.
 */
export function routeMessages({
  ownOrigin,
  pages,
  forms,
}: {
  ownOrigin: string;
  pages: BackgroundHandlers<Sender>;
  forms: FormHandlers<Sender>;
}) {
  return (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const fromOwnPage = sender.url?.startsWith(ownOrigin) ?? false;
    if (sender.tab?.id !== undefined && sender.frameId === 0 && !fromOwnPage)
      return formChannel.dispatch(message, sender, forms);
    if (!fromOwnPage) return undefined;
    return backgroundChannel.dispatch(message, sender, pages);
  };
}
