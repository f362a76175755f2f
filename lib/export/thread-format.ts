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
 *   threads/<folder>/stitched/<nnnn>.png  each part of the stitched picture, from the screens
 *   threads/<folder>/crops/<nnnn>.png     each post's crop (by its order), from its screen
 *
 * The sealed record's canonical JSON hashes to `recordSha256`; it lists every screen's hash
 * and its description's hash, and every post's key, in order. `<folder>` is the thread's
 * start (UTC, `YYYYMMDDTHHMMSSZ`) and the first 8 characters of its id.
 */
export const EXPORTED_THREAD_SCHEMA = 'temoin.export-thread/1';

// Loose: a sealed record or description keeps every field it was hashed with, named or not.
const sealedThreadSchema = z.looseObject({
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
  filteredBy: z.optional(z.object({ author: z.string(), label: z.string() })),
  announced: z.optional(z.number()),
  stitched: z.optional(
    z.array(
      z.object({
        part: z.number().int().nonnegative(),
        sha256: sha256Schema,
        width: z.number(),
        height: z.number(),
      }),
    ),
  ),
});

const screenDescriptionSchema = z.looseObject({
  schema: z.literal('temoin.thread-screen/1'),
  threadId: z.string(),
  index: z.number().int().nonnegative(),
  capturedAt: z.string(),
  scrollTop: z.number(),
  scrollHeight: z.number(),
  viewport: z.object({ width: z.number(), height: z.number(), devicePixelRatio: z.number() }),
  pageMoved: z.number(),
  scrollerArea: z.optional(rectangleSchema),
  mimeType: z.string(),
  byteLength: z.number().int().nonnegative(),
  width: z.number(),
  height: z.number(),
  sha256: sha256Schema,
});

export const exportedThreadSchema = z.object({
  schema: z.literal(EXPORTED_THREAD_SCHEMA),
  threadId: z.string(),
  /** Whether the page or an inner element scrolled (since this field; not sealed). */
  scroller: z.optional(z.enum(['page', 'element'])),
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
  /**
   * The files made from the screens (since this field; a bundle without it has none): each
   * stitched part and each post's crop, its hash, the screens it was cut from and where.
   */
  files: z.optional(
    z.array(
      z.object({
        role: z.enum(['stitched', 'post-crop']),
        /** The part's number, or the post's order. */
        order: z.number().int().nonnegative(),
        path: z.string(),
        mimeType: z.string(),
        width: z.number(),
        height: z.number(),
        sha256: sha256Schema,
        derivedFrom: z.array(sha256Schema),
        geometry: z.array(
          z.object({
            screenIndex: z.number().int().nonnegative(),
            source: rectangleSchema,
            targetY: z.number(),
          }),
        ),
      }),
    ),
  ),
});
export type ExportedThread = z.infer<typeof exportedThreadSchema>;
export type ExportedThreadFile = NonNullable<ExportedThread['files']>[number];

/** The folder of a thread inside a bundle. */
export function threadFolder(threadId: string, startedAt: string): string {
  const stamp = startedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `threads/${stamp}_${threadId.slice(0, 8)}`;
}

/** A stitched part's or a post crop's path, numbered on four digits like the screens. */
export function threadFilePath(folder: string, role: ExportedThreadFile['role'], order: number) {
  return `${folder}/${role === 'stitched' ? 'stitched' : 'crops'}/${String(order).padStart(4, '0')}.png`;
}

/** A screen's path: its index on four digits, so they sort in order. */
export function screenPath(folder: string, index: number): string {
  return `${folder}/screens/${String(index).padStart(4, '0')}.png`;
}

export const THREAD_RECORD_NAME = 'thread.json';
