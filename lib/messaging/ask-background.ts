import browser from 'webextension-polyfill';
import { backgroundChannel } from './background-channel';

/** Sends a request from an extension page to the background and validates the answer. */
export const askBackground = backgroundChannel.sender((envelope) =>
  browser.runtime.sendMessage(envelope),
);
