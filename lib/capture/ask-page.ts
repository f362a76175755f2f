import browser from 'webextension-polyfill';
import type { RequestOf, ResponseOf } from '../messaging/define-channel';
import { pageChannel } from '../messaging/page-channel';
import { agentFileFor } from './agent-file';
import { markStage } from './stage-marks';

type PageProtocol = typeof pageChannel.protocol;

/** The right-click recorder (entrypoints/right-click-recorder.ts), all a page runs before. */
export const RECORDER_FILE = '/right-click-recorder.js';

/** What Chrome and Firefox say when no script of the extension listens in the frame. */
const NO_LISTENER = /Receiving end does not exist/i;

const injections = new Map<string, Promise<unknown>>();

/** The sender to the page agent of one frame of a tab; it rejects when no agent answers. */
export const askFrameOf = (tabId: number, frameId = 0) =>
  pageChannel.sender((envelope) => browser.tabs.sendMessage(tabId, envelope, { frameId }));

/**
 * Asks a frame's page agent, injecting it first when the frame has none (a page only runs the
 * right-click recorder until a capture). The question is the check: an agent already there
 * answers at once, so no frame gets it twice, and a burst of captures shares one injection.
 * The user's gesture allows the injection (activeTab), as does the permission of a supported
 * or enabled site. Rejects when the frame cannot run it (a browser page, no permission).
 */
export async function askAgent<T extends keyof PageProtocol & string>(
  tabId: number,
  frameId: number,
  type: T,
  request: RequestOf<PageProtocol, T>,
  /** The frame's address, which says which platform's agent to inject. */
  address: string | undefined,
): Promise<ResponseOf<PageProtocol, T>> {
  const ask = askFrameOf(tabId, frameId);
  try {
    return await ask(type, request);
  } catch (error) {
    if (!noAgentIn(error)) throw error;
  }
  await injectAgent(tabId, frameId, address);
  return ask(type, request);
}

/** Whether a question failed because no agent listens in the frame (it was never injected). */
export function noAgentIn(error: unknown): boolean {
  return NO_LISTENER.test(String(error));
}

/** Injects the page agent into a frame; injections asked for at once share one. */
export function injectAgent(
  tabId: number,
  frameId: number,
  address: string | undefined,
): Promise<unknown> {
  const key = `${tabId}/${frameId}`;
  let injection = injections.get(key);
  if (!injection) {
    markStage('injection-start');
    injection = browser.scripting
      .executeScript({ target: { tabId, frameIds: [frameId] }, files: [agentFileFor(address)] })
      .finally(() => {
        markStage('injection-end');
        injections.delete(key);
      });
    injections.set(key, injection);
  }
  return injection;
}
