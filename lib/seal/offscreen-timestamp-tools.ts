import browser from 'webextension-polyfill';
import { timestampChannel } from '../messaging/timestamp-channel';
import { base64ToBytes, bytesToBase64 } from '../timestamp/bytes';
import type { TimestampTools } from './timestamp-tools';

/** The page entrypoints/timestamp-offscreen/index.html becomes. */
const DOCUMENT_PATH = 'timestamp-offscreen.html';
/** The document is closed once the seal has not needed it for this long. */
const IDLE_MS = 60_000;

/** Chrome's offscreen API, which the polyfill does not describe. */
declare const chrome: {
  offscreen: {
    createDocument(options: {
      url: string;
      reasons: string[];
      justification: string;
    }): Promise<void>;
    closeDocument(): Promise<void>;
    hasDocument?(): Promise<boolean>;
  };
  runtime: { getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]> };
};

let opening: Promise<void> | undefined;
let idle: ReturnType<typeof setTimeout> | undefined;

/**
 * The timestamp tools in Chrome's background: a service worker can neither load code on demand
 * nor start a worker, so PKI.js (some 500 kB) lives in an offscreen document, opened for the
 * first seal and closed when idle, instead of in the worker's script.
 */
export const offscreenTimestampTools: TimestampTools = {
  async buildRequest(digestHex) {
    const built = await ask('buildRequest', { digestHex });
    return { ...built, der: base64ToBytes(built.derBase64) };
  },
  async checkAnswer(response, request, trustedRootsPem) {
    return ask('checkAnswer', {
      responseBase64: bytesToBase64(response),
      digestHex: request.digestHex,
      nonceHex: request.nonceHex,
      trustedRootsPem: [...trustedRootsPem],
    });
  },
};

const send = timestampChannel.sender((envelope) => browser.runtime.sendMessage(envelope));

async function ask<T extends 'buildRequest' | 'checkAnswer'>(
  type: T,
  payload: Parameters<typeof send<T>>[1],
) {
  clearTimeout(idle);
  await openDocument();
  try {
    return await send(type, payload);
  } finally {
    idle = setTimeout(() => void closeDocument(), IDLE_MS);
  }
}

function openDocument(): Promise<void> {
  opening ??= (async () => {
    const url = browser.runtime.getURL(`/${DOCUMENT_PATH}`);
    const open =
      (await chrome.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] })) ?? [];
    if (open.length > 0) return;
    await chrome.offscreen.createDocument({
      url,
      reasons: ['WORKERS'],
      justification: 'Builds RFC 3161 timestamp requests and checks the answers with PKI.js.',
    });
  })().finally(() => {
    opening = undefined;
  });
  return opening;
}

async function closeDocument(): Promise<void> {
  try {
    await chrome.offscreen.closeDocument();
  } catch {
    // Already closed, by the browser or an earlier timer.
  }
}
