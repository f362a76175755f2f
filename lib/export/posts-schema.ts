import { z } from '../validation/zod';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const utc = z.iso.datetime({ precision: 3 });
const nullable = <T extends z.ZodType>(schema: T, description: string) =>
  schema.nullable().describe(description);

/**
 * One post, whether captured alone or seen in a thread: where it is, who wrote it, what it
 * says exactly, when, and the hashes that tie it to the evidence.
 */
export const exportedPostSchema = z
  .object({
    source: z
      .enum(['capture', 'thread'])
      .describe('A capture of its own, or a post seen while capturing a thread'),
    id: z.string().describe('The capture id, or the thread post id (<threadId>/post/<order>)'),
    platform: nullable(z.string(), 'Platform id (x, reddit, discord, twitch...), null on the web'),
    platformPostId: nullable(z.string(), 'The platform’s id of the post, when the page gave it'),
    platformAuthorId: nullable(z.string(), 'The platform’s id of the author, when given'),
    permalink: nullable(z.string(), 'The post’s own address; for Discord, the message link'),
    pageUrl: z.string().describe('The page the post was captured on'),
    authorName: nullable(z.string(), 'The author’s display name as shown'),
    authorHandle: nullable(z.string(), 'The author’s handle as shown'),
    authorUrl: nullable(z.string(), 'The author’s profile address'),
    text: nullable(z.string(), 'The post’s text exactly as captured'),
    publishedAt: nullable(utc, 'Publication time, UTC ISO 8601, when the page gave the instant'),
    publishedEarliest: nullable(utc, 'Earliest publication time for a relative label, UTC'),
    publishedLatest: nullable(utc, 'Latest publication time for a relative label, UTC'),
    publishedLabel: nullable(z.string(), 'The publication time as the page wrote it'),
    capturedAt: utc.describe('When the capture (or the screen showing the post) was taken, UTC'),
    hashes: z
      .object({
        metadata: nullable(sha256, 'SHA-256 of the capture’s sealed metadata (captures)'),
        screenshot: nullable(sha256, 'SHA-256 of the page screenshot, or of the thread screen'),
        crop: nullable(sha256, 'SHA-256 of the post crop, when there is one'),
        screenSeal: nullable(sha256, 'SHA-256 of the thread screen’s sealed description'),
        threadSeal: nullable(sha256, 'SHA-256 of the sealed thread record, once sealed'),
      })
      .strict(),
    threadId: nullable(z.string(), 'The thread the post was seen in'),
    screenIndex: nullable(z.number().int().nonnegative(), 'The thread screen that shows it'),
    caseIds: z.array(z.string()).describe('The cases the capture is in'),
    caseNames: z.array(z.string()).describe('Their names, in the same order'),
  })
  .strict();
export type ExportedPost = z.infer<typeof exportedPostSchema>;

export const POSTS_SCHEMA = 'temoin.posts/1';

/** The JSON export: one object per post, in the order exported. */
export const postsExportSchema = z
  .object({
    schema: z.literal(POSTS_SCHEMA),
    exportedAt: utc,
    extensionVersion: z.string(),
    posts: z.array(exportedPostSchema),
  })
  .strict()
  .describe('Témoin: one object per post (temoin.posts/1)');
export type PostsExport = z.infer<typeof postsExportSchema>;

/** The same schema as a JSON Schema (draft 2020-12), for anyone reading the export. */
export function postsJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(postsExportSchema), null, 2)}\n`;
}
