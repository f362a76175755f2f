import { z } from '../validation/zod';
import { captureMetadataSchema, fileRoleSchema, sha256Schema } from '../evidence/capture-metadata';

/**
 * The layout of an export bundle (a ZIP), version 1. Anyone can check it with standard tools:
 * `sha256sum -c SHA256SUMS` checks every file; each `metadata.json` holds the sealed metadata,
 * whose canonical JSON (RFC 8785 style) hashes to `metadataSha256`; each capture's
 * `custody.jsonl` is a hash chain anchored on that hash.
 *
 *   README.txt                         how the evidence was collected and how to verify it
 *   manifest.json                      exportBundleManifestSchema
 *   SHA256SUMS                         every other file, GNU binary-mode lines
 *   report.pdf                         the report for a complaint (fr or en)
 *   captures.csv                       one row per capture, for moderators
 *   captures/<folder>/metadata.json    exportedCaptureSchema
 *   captures/<folder>/custody.jsonl    one custody entry per line, in order
 *   captures/<folder>/<role>.<ext>     page-screenshot.png, post-crop.png, thumbnail.jpg
 *   captures/<folder>/seal.tsr         the capture's RFC 3161 answer over metadataSha256, if sealed
 *   SHA256SUMS.tsr                     the export's RFC 3161 answer over SHA256SUMS, if sealed
 *   chain.pem                          the authorities' roots and intermediates, if any seal
 *
 * The last two come after SHA256SUMS, which cannot list them; `openssl ts -verify` checks them.
 * Version 2 added the seals; version 1 bundles, which have none, remain valid. Version 3 added
 * posts.json, posts.schema.json and threads/ (thread-format.ts); without threads, 1 and 2 hold.
 *
 * `<folder>` is the capture time (UTC, `YYYYMMDDTHHMMSSZ`) and the first 8 characters of the
 * capture id, so folders sort by time and never collide.
 */
export const BUNDLE_SCHEMA = 'temoin.export/3';
export const READABLE_BUNDLE_SCHEMAS: readonly string[] = [
  'temoin.export/1',
  'temoin.export/2',
  BUNDLE_SCHEMA,
];
/** Version 3: one object per post (posts.json, its JSON Schema) and threads (thread-format.ts). */
export const POSTS_PATH = 'posts.json';
export const POSTS_SCHEMA_PATH = 'posts.schema.json';
export const SUMS_SEAL_PATH = 'SHA256SUMS.tsr';
export const CHAIN_PATH = 'chain.pem';
export const CAPTURE_SEAL_NAME = 'seal.tsr';

/** A capture's seal as metadata.json describes it; the answer itself is `path`. */
export const exportedSealSchema = z.object({
  path: z.string(),
  sha256: sha256Schema,
  authority: z.object({
    id: z.string(),
    name: z.string(),
    url: z.string(),
    eidasQualified: z.boolean(),
  }),
  /** The authority's time, and the device's times around the request. */
  genTime: z.string(),
  queuedAt: z.string(),
  sentAt: z.string(),
  receivedAt: z.string(),
  /** How far the device clock ran ahead of the authority's, ± the uncertainty. */
  clockOffsetMs: z.number(),
  clockUncertaintyMs: z.number(),
});
export type ExportedSeal = z.infer<typeof exportedSealSchema>;
export const EXPORTED_CAPTURE_SCHEMA = 'temoin.export-capture/1';

export const exportedFileSchema = z.object({
  role: fileRoleSchema,
  /** Path inside the bundle. */
  path: z.string(),
  sha256: sha256Schema,
  byteLength: z.number().int().nonnegative(),
  /** Set on convenience copies made from an evidence file (crop, thumbnail). */
  derivedFrom: fileRoleSchema.optional(),
});

export const exportedCaptureSchema = z.object({
  schema: z.literal(EXPORTED_CAPTURE_SCHEMA),
  captureId: z.string(),
  /** The sealed metadata exactly as stored; its canonical JSON hashes to metadataSha256. */
  metadata: captureMetadataSchema,
  metadataSha256: sha256Schema,
  files: z.array(exportedFileSchema),
  /** Files the custody log says were deleted (child-abuse rule): absent on purpose. */
  deletedFiles: z.array(z.object({ role: fileRoleSchema, sha256: sha256Schema })),
  custodyPath: z.string(),
  seal: exportedSealSchema.optional(),
  /** The annotation at export time, for reading; the custody log is the record. */
  category: z.object({ categoryId: z.string(), subChoiceId: z.string().optional() }).optional(),
  tags: z.array(z.string()),
  notes: z.array(z.object({ at: z.string(), text: z.string() })),
  reports: z.array(
    z.object({ channelId: z.string(), at: z.string(), note: z.string().optional() }),
  ),
});
export type ExportedCapture = z.infer<typeof exportedCaptureSchema>;

export const exportBundleManifestSchema = z.object({
  schema: z.enum(READABLE_BUNDLE_SCHEMAS as [string, ...string[]]),
  exportedAt: z.iso.datetime({ precision: 3 }),
  extensionVersion: z.string(),
  language: z.enum(['fr', 'en']),
  caseName: z.string().optional(),
  /** Paths of each capture's metadata.json, in capture order. */
  captures: z.array(z.string()),
  /** Paths of each thread's thread.json (version 3). */
  threads: z.array(z.string()).optional(),
});
export type ExportBundleManifest = z.infer<typeof exportBundleManifestSchema>;

/** The folder of a capture inside a bundle. */
export function captureFolder(captureId: string, capturedAt: string): string {
  const stamp = capturedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `captures/${stamp}_${captureId.slice(0, 8)}`;
}

export const FILE_NAMES = {
  'page-screenshot': 'page-screenshot.png',
  'post-crop': 'post-crop.png',
  thumbnail: 'thumbnail.jpg',
} as const;
