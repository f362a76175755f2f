// Chrome's offscreen document for the seal (lib/seal/offscreen-timestamp-tools.ts): it builds
// RFC 3161 requests and checks the answers with PKI.js, which the background then leaves out.
import browser from 'webextension-polyfill';
import { timestampChannel } from '../../lib/messaging/timestamp-channel';
import { localTimestampTools } from '../../lib/seal/timestamp-tools';
import { base64ToBytes, bytesToBase64 } from '../../lib/timestamp/bytes';

browser.runtime.onMessage.addListener((message: unknown) =>
  timestampChannel.dispatch(message, undefined, {
    async buildRequest({ digestHex }) {
      const built = await localTimestampTools.buildRequest(digestHex);
      return {
        derBase64: bytesToBase64(built.der),
        contentType: built.contentType,
        digestHex: built.digestHex,
        nonceHex: built.nonceHex,
      };
    },
    checkAnswer({ responseBase64, digestHex, nonceHex, trustedRootsPem }) {
      return localTimestampTools.checkAnswer(
        base64ToBytes(responseBase64),
        { digestHex, nonceHex },
        trustedRootsPem,
      );
    },
  }),
);
