import { z } from '../validation/zod';
import { exportBundleManifestSchema, exportedCaptureSchema } from '../export/bundle-format';
import { exportedThreadSchema } from '../export/thread-format';
import { fileRoleSchema } from '../evidence/capture-metadata';
import { custodyEntrySchema, type CustodyEntry } from '../evidence/custody-entry';
import { problemMessagesFr } from '../i18n/problem-messages-fr';
import type { SealRecord } from '../seal/seal-records';
import type { BundleReason } from './bundle-problem';

/**
 * What the library page's check worker says back (bundle-check.worker.ts): how far it is,
 * then its verdict or why it could not give one. Checked on arrival, as every message that
 * crosses from one context to another is.
 */
const problemSchema = z.object({
  reason: z.custom<BundleReason>(
    (reason) => typeof reason === 'string' && reason in problemMessagesFr,
  ),
  path: z.string().optional(),
  other: z.string().optional(),
  found: z.string().optional(),
  size: z.number().optional(),
  limit: z.number().optional(),
  entry: z.number().optional(),
  line: z.number().optional(),
});

/** A seal the worker verified, for the import to store (seal-records.ts). */
const sealRecordSchema = z.object({
  captureId: z.string(),
  digestHex: z.string(),
  authorityId: z.string(),
  authorityName: z.string(),
  authorityUrl: z.string(),
  eidasQualified: z.boolean(),
  response: z.instanceof(Uint8Array<ArrayBuffer>),
  genTime: z.string(),
  queuedAt: z.string(),
  sentAt: z.string(),
  receivedAt: z.string(),
  clockOffsetMs: z.number(),
  clockUncertaintyMs: z.number(),
  chainPem: z.string(),
}) satisfies z.ZodType<SealRecord>;

const verificationSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    manifest: exportBundleManifestSchema,
    captures: z.array(
      z.object({
        exported: exportedCaptureSchema,
        custody: z.array(custodyEntrySchema as unknown as z.ZodType<CustodyEntry>),
        files: z.map(fileRoleSchema, z.instanceof(Blob)),
        seal: sealRecordSchema.optional(),
      }),
    ),
    threads: z.array(
      z.object({
        path: z.string(),
        thread: exportedThreadSchema,
        blobs: z.map(z.string(), z.instanceof(Blob)),
      }),
    ),
    sumsSeal: z
      .object({ genTime: z.string(), exportedAt: z.string(), authorityName: z.string() })
      .nullable(),
  }),
  z.object({ ok: z.literal(false), problems: z.array(problemSchema) }),
]);

export const checkAnswerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), done: z.number(), total: z.number() }),
  z.object({ type: z.literal('verdict'), verification: verificationSchema }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);
export type CheckAnswer = z.infer<typeof checkAnswerSchema>;

/** The one request: the file to check, and the root of the person's own authority, if any. */
export const checkRequestSchema = z.object({
  file: z.instanceof(Blob),
  customRootsPem: z.array(z.string()).optional(),
});
