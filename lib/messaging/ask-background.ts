import browser from 'webextension-polyfill';
import type { RequestOf, ResponseOf } from './define-channel';
import { backgroundChannel } from './background-channel';

type BackgroundProtocol = typeof backgroundChannel.protocol;

/** Sends a request from an extension page to the background and validates the answer. */
export async function askBackground<T extends keyof BackgroundProtocol & string>(
  type: T,
  payload: RequestOf<BackgroundProtocol, T>,
): Promise<ResponseOf<BackgroundProtocol, T>> {
  const answer: unknown = await browser.runtime.sendMessage(
    backgroundChannel.envelope(type, payload),
  );
  return backgroundChannel.parseResponse(type, answer);
}
