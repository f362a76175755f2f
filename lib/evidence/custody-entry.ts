import { z } from '../validation/zod';
import { canonicalJson } from './canonical-json';
import { fileRoleSchema, sha256Schema, type FileRole } from './capture-metadata';
import { sha256Hex } from './sha256';
import { withWellFormedText } from './well-formed-text';

/** A file a log says was deleted: a capture's, or a thread's screen or stitched part. */
const deletedRoleSchema = z.union([fileRoleSchema, z.enum(['thread-screen', 'stitched'])]);

/** Whether a deleted file was one of a capture's (not a thread's screen or part). */
export const isCaptureFile = (file: {
  role: z.infer<typeof deletedRoleSchema>;
  sha256: string;
}): file is { role: FileRole; sha256: string } => fileRoleSchema.safeParse(file.role).success;

export const exportFormatSchema = z.enum(['zip', 'pdf', 'csv', 'json']);

/**
 * What each kind of custody entry records beside the sealed capture, which never changes.
 * Every object is strict: a field no version of Témoin writes is refused, never ignored.
 */
const EVENTS = [
  z.strictObject({
    kind: z.literal('capture'),
    data: z.strictObject({ metadataSha256: sha256Schema }),
  }),
  z.strictObject({
    kind: z.literal('category'),
    data: z.strictObject({ categoryId: z.string(), subChoiceId: z.string().optional() }),
  }),
  z.strictObject({
    kind: z.literal('report'),
    data: z.strictObject({ channelId: z.string(), note: z.string().max(2000).optional() }),
  }),
  z.strictObject({
    kind: z.literal('note'),
    data: z.strictObject({ text: z.string().max(20_000) }),
  }),
  z.strictObject({
    kind: z.literal('tags'),
    data: z.strictObject({ tags: z.array(z.string().max(80)).max(50) }),
  }),
  z.strictObject({
    kind: z.literal('case'),
    data: z.strictObject({ caseId: z.string(), added: z.boolean() }),
  }),
  /** Logged before the file is made, so the file's own logs say it was exported. */
  z.strictObject({
    kind: z.literal('export'),
    data: z.strictObject({ format: exportFormatSchema, exportId: z.string() }),
  }),
  /**
   * The export of the same id left no file: the user cancelled it (in Témoin or in the
   * browser's download), or it failed. The `export` entry before it stays, as the log is
   * append-only; this one says what became of it.
   */
  z.strictObject({
    kind: z.literal('export-cancelled'),
    data: z.strictObject({ format: exportFormatSchema, exportId: z.string() }),
  }),
  z.strictObject({
    kind: z.literal('export-failed'),
    data: z.strictObject({ format: exportFormatSchema, exportId: z.string() }),
  }),
  /** Moved to the trash: restorable for 30 days, then its files are deleted, the log kept. */
  z.strictObject({ kind: z.literal('trashed'), data: z.strictObject({}) }),
  z.strictObject({ kind: z.literal('restored'), data: z.strictObject({}) }),
  /**
   * The trash was emptied: the capture record and its files are gone. This entry keeps what
   * proves what they were: the sealed metadata's hash and every file's hash. For a thread, the
   * hash of its seal, and every screen's, stitched part's and post crop's hash, in order.
   */
  z.strictObject({
    kind: z.literal('emptied'),
    data: z.strictObject({
      metadataSha256: sha256Schema,
      files: z.array(
        z.strictObject({
          role: deletedRoleSchema,
          sha256: sha256Schema,
        }),
      ),
    }),
  }),
  /** Brought in from an export bundle, after every hash and chain in it was checked. */
  z.strictObject({
    kind: z.literal('imported'),
    data: z.strictObject({ bundleSchema: z.string(), exportedAt: z.string() }),
  }),
  /**
   * An outside authority sealed the capture's metadata hash (RFC 3161) at `genTime`; the token,
   * whose SHA-256 this is, is stored beside the capture.
   */
  z.strictObject({
    kind: z.literal('sealed'),
    data: z.strictObject({
      authorityId: z.string(),
      genTime: z.string(),
      responseSha256: sha256Schema,
      clockOffsetMs: z.number(),
    }),
  }),
  /**
   * « Révéler tout avant de capturer »: a thread's capture clicked this button of the page
   * (hidden replies, « Tous les commentaires ») at `clickedAt`, before going through it.
   */
  z.strictObject({
    kind: z.literal('page-click'),
    data: z.strictObject({
      label: z.string().max(300),
      expander: z.string().max(80),
      platform: z.string().max(40),
      clickedAt: z.string(),
    }),
  }),
  z.strictObject({
    kind: z.literal('images-deleted'),
    data: z.strictObject({
      reason: z.enum(['child-abuse-category', 'trash-emptied']),
      files: z.array(z.strictObject({ role: deletedRoleSchema, sha256: sha256Schema })),
    }),
  }),
] as const;

export const custodyEventSchema = z.discriminatedUnion('kind', EVENTS);
export type CustodyEvent = z.infer<typeof custodyEventSchema>;

/**
 * One entry of a capture's custody log. Entries are only ever appended; each holds the hash of
 * the one before it, and the first holds the hash of the sealed metadata, so removing,
 * reordering or editing any entry breaks the chain.
 */
export type CustodyEntry = CustodyEvent & {
  id: string;
  captureId: string;
  index: number;
  /** When the entry was made, UTC ISO 8601. */
  at: string;
  previousHash: string;
  hash: string;
};

export type UnhashedEntry = Omit<CustodyEntry, 'hash'>;

/** The fields every entry has beside its event. */
const ENTRY_FIELDS = {
  id: z.string(),
  captureId: z.string(),
  index: z.number().int().nonnegative(),
  at: z.string(),
  previousHash: z.string(),
  hash: z.string(),
};

/**
 * A whole custody entry, as stored and as exported, with nothing else in it. The hash covers
 * every field but `id` and itself; `id` is not free either, since it must be
 * custodyEntryId(captureId, index), which the hash covers (see verifyCustodyChain).
 */
export const custodyEntrySchema = z.discriminatedUnion(
  'kind',
  EVENTS.map((event) => event.extend(ENTRY_FIELDS)) as unknown as [z.ZodObject, ...z.ZodObject[]],
);

export function custodyEntryId(captureId: string, index: number): string {
  return `${captureId}/${String(index).padStart(6, '0')}`;
}

/** The hash of an entry: SHA-256 of the canonical JSON of everything in it but the hash. */
export function hashCustodyEntry(entry: UnhashedEntry): Promise<string> {
  const { captureId, index, at, kind, data, previousHash } = entry;
  return sha256Hex(canonicalJson({ captureId, index, at, kind, data, previousHash }));
}

/** Makes the entry that follows `previous` (or opens the log when there is none). */
export async function nextCustodyEntry({
  captureId,
  previous,
  metadataSha256,
  event,
  at,
}: {
  captureId: string;
  previous: CustodyEntry | undefined;
  metadataSha256: string;
  event: CustodyEvent;
  at: string;
}): Promise<CustodyEntry> {
  const index = previous ? previous.index + 1 : 0;
  const unhashed = {
    id: custodyEntryId(captureId, index),
    captureId,
    index,
    at,
    // A note pasted with half a character in it is kept with U+FFFD there, as page text is.
    ...withWellFormedText(event).value,
    previousHash: previous?.hash ?? metadataSha256,
  } as UnhashedEntry;
  return { ...unhashed, hash: await hashCustodyEntry(unhashed) } as CustodyEntry;
}
