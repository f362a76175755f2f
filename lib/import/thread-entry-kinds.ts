const MiB = 1 << 20;

/**
 * The files version 3 added: one object per post and its JSON Schema, and each thread's record
 * and screens (thread-format.ts), and its stitched parts and post crops (since they were added).
 * A screen is a screenshot of the visible area, as a capture's.
 */
export const THREAD_ENTRY_KINDS = [
  { kind: 'posts', pattern: /^posts\.json$/, maxBytes: 512 * MiB, maxRatio: null, keep: 'hashed' },
  {
    kind: 'posts-schema',
    pattern: /^posts\.schema\.json$/,
    maxBytes: MiB,
    maxRatio: null,
    keep: 'hashed',
  },
  // A thread's posts, of 20,000 characters of text at most each, several thousand per thread.
  {
    kind: 'thread',
    pattern: /^threads\/[^/]+\/thread\.json$/,
    maxBytes: 128 * MiB,
    maxRatio: null,
    keep: 'text',
  },
  // Kept as files: the crops are cut from them again, and the import stores them.
  {
    kind: 'thread-screen',
    pattern: /^threads\/[^/]+\/screens\/\d{4}\.png$/,
    maxBytes: 128 * MiB,
    maxRatio: 20,
    keep: 'file',
  },
  // A part is at most 16,000 px high and 24 million pixels (stitch-plan.ts).
  {
    kind: 'thread-stitched',
    pattern: /^threads\/[^/]+\/stitched\/\d{4}\.png$/,
    maxBytes: 128 * MiB,
    maxRatio: 20,
    keep: 'file',
  },
  {
    kind: 'thread-crop',
    pattern: /^threads\/[^/]+\/crops\/\d{4}\.png$/,
    maxBytes: 128 * MiB,
    maxRatio: 20,
    keep: 'file',
  },
] as const;
