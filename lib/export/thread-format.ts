import { z } from '../validation/zod';
import { sha256Schema } from '../evidence/capture-metadata';
import { rectangleSchema } from '../messaging/page-schemas';
import { postDetailsSchema } from '../sites/post-details';

/**
 * A thread in an export bundle (`temoin.export/3`), one folder per thread:
 *
 *   threads/<folder>/thread.json          exportedThreadSchema: the sealed record, each
 *                                         screen's sealed description, the posts
 *   threads/<folder>/screens/<nnnn>.png   each screen, the browser's bytes
 *
 * The sealed record's canonical JSON hashes to `recordSha256`; it lists every screen's hash
 * and its description's hash, and every post's key, in order. `<folder>` is the thread's
 * start (UTC, `YYYYMMDDTHHMMSSZ`) and the first 8 characters of its id.
 */
export const EXPORTED_THREAD_SCHEMA = 'temoin.export-thread/1';

const sealedThreadSchema = z.object({
  schema: z.literal('temoin.thread/1'),
  id: z.string(),
  status: z.enum(['complete', 'cancelled', 'interrupted']),
  end: z.string(),
  startedAt: z.string(),
  endedAt: z.string(),
  url: z.string(),
  title: z.string(),
  platform: z.string(),
  screens: z.array(
    z.object({
      index: z.number().int().nonnegative(),
      sha256: sha256Schema,
      sealSha256: sha256Schema,
    }),
  ),
  posts: z.array(z.string()),
});

const screenDescriptionSchema = z.object({
  schema: z.literal('temoin.thread-screen/1'),
  threadId: z.string(),
  index: z.number().int().nonnegative(),
  capturedAt: z.string(),
  scrollTop: z.number(),
  scrollHeight: z.number(),
  viewport: z.object({ width: z.number(), height: z.number(), devicePixelRatio: z.number() }),
  pageMoved: z.number(),
  mimeType: z.string(),
  byteLength: z.number().int().nonnegative(),
  width: z.number(),
  height: z.number(),
  sha256: sha256Schema,
});

export const exportedThreadSchema = z.object({
  schema: z.literal(EXPORTED_THREAD_SCHEMA),
  threadId: z.string(),
  /** The sealed thread record exactly as stored. */
  record: sealedThreadSchema,
  recordSha256: sha256Schema,
  screens: z.array(
    z.object({
      index: z.number().int().nonnegative(),
      path: z.string(),
      /** The screen's sealed description as stored; its canonical JSON hashes to descriptionSha256. */
      description: screenDescriptionSchema,
      descriptionSha256: sha256Schema,
    }),
  ),
  /** Screens deleted under the child-abuse rule: their hashes stay in the sealed record. */
  deletedScreens: z.array(
    z.object({
      index: z.number().int().nonnegative(),
      sha256: sha256Schema,
      sealSha256: sha256Schema,
    }),
  ),
  /** Every post, in order: its key, the platform's details, the screen that shows it. */
  posts: z.array(
    z.object({
      key: z.string(),
      order: z.number().int().nonnegative(),
      details: postDetailsSchema,
      screenIndex: z.number().int().nonnegative(),
      cropArea: z.optional(rectangleSchema),
      whole: z.boolean(),
    }),
  ),
});
export type ExportedThread = z.infer<typeof exportedThreadSchema>;

/** The folder of a thread inside a bundle. */
export function threadFolder(threadId: string, startedAt: string): string {
  const stamp = startedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `threads/${stamp}_${threadId.slice(0, 8)}`;
}

/** A screen's path: its index on four digits, so they sort in order. */
export function screenPath(folder: string, index: number): string {
  return `${folder}/screens/${String(index).padStart(4, '0')}.png`;
}

export const THREAD_RECORD_NAME = 'thread.json';
