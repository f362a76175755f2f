import * as z from '../validation/zod-mini';
import { defineChannel, type Handlers } from './define-channel';

/**
 * The page agent's confirmation toast (and the moderator's selection bar) → background, for
 * the person's own clicks in it. The
 * background acts only for the top frame of a web tab, and takes the site from the sender,
 * never from the message: the page beside the agent is untrusted.
 */
export const agentChannel = defineChannel('temoin/agent', {
  /** « Voir »: the capture, opened in the library. */
  viewCapture: {
    request: z.object({ captureId: z.uuid() }),
    response: z.object({}),
  },
  /** « Capturer la sélection », in the moderator's selection bar: the background takes it. */
  captureSelection: {
    request: z.object({}),
    response: z.object({}),
  },
  /**
   * A right-click on a supported site, sent by the right-click recorder with nothing in it:
   * the worker starts, if stopped, and warms the capture's path before the menu click.
   */
  rightClicked: {
    request: z.object({}),
    response: z.object({}),
  },
  /** « Activer… »: the small window that asks the browser for this site's permission. */
  enableSite: {
    request: z.object({}),
    response: z.object({}),
  },
});

export type AgentHandlers<Sender> = Handlers<typeof agentChannel.protocol, Sender>;
