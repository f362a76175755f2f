import browser from 'webextension-polyfill';
import { agentChannel, type AgentHandlers } from '../messaging/agent-channel';
import { backgroundChannel, type BackgroundHandlers } from '../messaging/background-channel';
import { formChannel, type FormHandlers } from '../messaging/form-channel';

type Sender = browser.Runtime.MessageSender;

/**
 * Answers each message according to who sent it, checked before anything is done: from the
 * top frame of a web tab, the form filler speaks the form channel and the capture's
 * confirmation the agent channel; the extension's own pages speak the background channel;
 * other content scripts (frames, which run beside untrusted pages) and other extensions get
 * no answer.
 */
export function routeMessages({
  ownOrigin,
  pages,
  forms,
  toast,
}: {
  ownOrigin: string;
  pages: BackgroundHandlers<Sender>;
  forms: FormHandlers<Sender>;
  toast: AgentHandlers<Sender>;
}) {
  return (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const fromOwnPage = sender.url?.startsWith(ownOrigin) ?? false;
    if (sender.tab?.id !== undefined && sender.frameId === 0 && !fromOwnPage) {
      return (
        formChannel.dispatch(message, sender, forms) ??
        agentChannel.dispatch(message, sender, toast)
      );
    }
    if (!fromOwnPage) return undefined;
    return backgroundChannel.dispatch(message, sender, pages);
  };
}
