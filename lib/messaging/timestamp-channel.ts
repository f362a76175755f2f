import * as z from '../validation/zod-mini';
import { defineChannel } from './define-channel';

const hex = (length: number) => z.string().check(z.regex(new RegExp(`^[0-9a-f]{${length}}$`)));
/** Bytes as base64: Chrome's messaging carries JSON only. A seal is a few kilobytes. */
const base64 = z.string().check(z.maxLength(4 << 20), z.regex(/^[A-Za-z0-9+/]*={0,2}$/));

/**
 * Background → the timestamp document (entrypoints/timestamp-offscreen), which builds RFC 3161
 * requests and checks the answers with PKI.js, so the background's own script stays small.
 * The background alone talks to the authority.
 */
export const timestampChannel = defineChannel('temoin/timestamp', {
  buildRequest: {
    request: z.object({ digestHex: hex(64) }),
    response: z.object({
      derBase64: base64,
      contentType: z.string(),
      digestHex: hex(64),
      nonceHex: z.string().check(z.regex(/^[0-9a-f]+$/)),
    }),
  },
  checkAnswer: {
    request: z.object({
      responseBase64: base64,
      digestHex: hex(64),
      nonceHex: z.string(),
      trustedRootsPem: z.array(z.string()),
    }),
    response: z.union([
      z.object({
        ok: z.literal(true),
        genTime: z.string(),
        accuracy: z.nullable(
          z.object({ seconds: z.number(), millis: z.number(), micros: z.number() }),
        ),
        chainPem: z.string(),
      }),
      z.object({ ok: z.literal(false), reason: z.string() }),
    ]),
  },
});
