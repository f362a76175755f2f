import { z } from '../validation/zod';

export const trustedRootSchema = z.strictObject({
  pem: z.string().startsWith('-----BEGIN CERTIFICATE-----'),
  /** SHA-256 of the DER certificate, checked by the table's test against the PEM. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const timestampAuthoritySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** The address to POST requests to, written as the authority's own documents give it. */
  url: z.url({ protocol: /^https?$/ }),
  /** The wait the authority asks for between two requests; null when it publishes none. */
  minimumSpacingSeconds: z.number().int().positive().nullable(),
  /** Listed as a qualified timestamp service (QTST) on an EU trusted list. */
  eidasQualified: z.boolean(),
  trustedRoots: z.array(trustedRootSchema).min(1),
});

export type TimestampAuthority = z.infer<typeof timestampAuthoritySchema>;
