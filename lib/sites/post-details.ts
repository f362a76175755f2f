import * as z from '../validation/zod-mini';

/**
 * When a post was published, as the page shows it: an exact instant; a range worked out from
 * a relative label ("il y a 2 h", "3d") against the capture time; or unknown.
 */
export const publicationTimeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('absolute'), at: z.string(), label: z.optional(z.string()) }),
  z.object({
    kind: z.literal('range'),
    label: z.string(),
    earliest: z.string(),
    latest: z.string(),
    /**
     * For a clock time shown without AM/PM ("3:30"): `24-hour` when read as written,
     * `12-hour` when read as the afternoon (or 12 as midnight) of a 12-hour clock.
     */
    reading: z.optional(z.enum(['12-hour', '24-hour'])),
  }),
  z.object({ kind: z.literal('unknown'), label: z.optional(z.string()) }),
]);
export type PublicationTime = z.infer<typeof publicationTimeSchema>;

export const postKindSchema = z.enum(['post', 'comment', 'reply', 'chat-message']);
export type PostKind = z.infer<typeof postKindSchema>;

const text = z.string().check(z.maxLength(20_000));
const address = z.string().check(z.maxLength(4096));

/** Another post shown with the right-clicked one: the post quoting it, or the one it quotes. */
const relatedPostSchema = z.object({
  postId: z.optional(z.string()),
  permalink: z.optional(address),
  authorName: z.optional(z.string()),
  authorHandle: z.optional(z.string()),
  text: z.optional(text),
});
export type RelatedPost = z.infer<typeof relatedPostSchema>;

/** What a platform shows about the right-clicked post. Every field may be missing. */
export const postDetailsSchema = z.object({
  platform: z.string(),
  /** The extractor that read it: the platform's own, or `generic` when it fell back. */
  extractor: z.string(),
  kind: postKindSchema,
  postId: z.optional(z.string()),
  permalink: z.optional(address),
  title: z.optional(text),
  authorName: z.optional(z.string()),
  authorHandle: z.optional(z.string()),
  authorUrl: z.optional(address),
  authorId: z.optional(z.string()),
  text: z.optional(text),
  published: publicationTimeSchema,
  mediaUrls: z.array(address),
  parentId: z.optional(z.string()),
  parentPermalink: z.optional(address),
  channel: z.optional(z.string()),
  surroundingAuthors: z.optional(z.array(z.string())),
  /** The posts around it: the one quoting it (it is then an embedded quote), the one it quotes. */
  context: z.optional(
    z.object({
      quotedBy: z.optional(relatedPostSchema),
      quotes: z.optional(relatedPostSchema),
    }),
  ),
  /** The fields the page did not give, so a reader knows what was looked for. */
  missing: z.array(z.string()),
});
export type PostDetails = z.infer<typeof postDetailsSchema>;

/** The fields an extractor reads; `missing` lists those it could not find. */
export const EXPECTED_FIELDS = [
  'postId',
  'permalink',
  'authorName',
  'authorHandle',
  'authorUrl',
  'text',
  'published',
] as const;
