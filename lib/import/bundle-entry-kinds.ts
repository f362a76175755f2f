import { z } from '../validation/zod';

const MiB = 1 << 20;
const GiB = 1 << 30;

/**
 * What a Témoin bundle can hold, file by file: a name no row matches is not part of the
 * format and is never read. The limits are far above what an export writes and far below
 * what would hurt: an archive declaring more is refused from its directory, before any byte
 * is inflated, and an entry inflating past what it declared is stopped there.
 */
const entryKindSchema = z.strictObject({
  kind: z.string(),
  /** Whole-name pattern, path included. */
  pattern: z.instanceof(RegExp),
  /** The most bytes the file can have once inflated. */
  maxBytes: z.number().int().positive(),
  /**
   * The most a deflated entry of over a mebibyte may grow when inflated, or null where
   * repetitive text may honestly grow a thousandfold (the size limit then bounds it).
   */
  maxRatio: z.number().positive().nullable(),
  /** text: parsed by the checks; file: kept for the import; hashed: only hashed. */
  keep: z.enum(['text', 'file', 'hashed']),
});
export type EntryKind = z.infer<typeof entryKindSchema>;

export const BUNDLE_ENTRY_KINDS: readonly EntryKind[] = z.array(entryKindSchema).parse([
  // Every other file, one line each: about 110 bytes a line, 65,535 files at most.
  { kind: 'sums', pattern: /^SHA256SUMS$/, maxBytes: 8 * MiB, maxRatio: null, keep: 'text' },
  {
    kind: 'manifest',
    pattern: /^manifest\.json$/,
    maxBytes: 8 * MiB,
    maxRatio: null,
    keep: 'text',
  },
  { kind: 'readme', pattern: /^README\.txt$/, maxBytes: MiB, maxRatio: null, keep: 'hashed' },
  { kind: 'csv', pattern: /^captures\.csv$/, maxBytes: 256 * MiB, maxRatio: null, keep: 'hashed' },
  // Each screenshot once, as its PNG data or a JPEG copy, and the text: see reportPdfLimit.
  {
    kind: 'report',
    pattern: /^report\.pdf$/,
    maxBytes: 4 * GiB - 1,
    maxRatio: 100,
    keep: 'hashed',
  },
  // Page text is not limited at capture (a long selection), so its metadata is given room.
  {
    kind: 'metadata',
    pattern: /^captures\/[^/]+\/metadata\.json$/,
    maxBytes: 32 * MiB,
    maxRatio: null,
    keep: 'text',
  },
  // Notes of 20,000 characters at most, as many as a person writes.
  {
    kind: 'custody',
    pattern: /^captures\/[^/]+\/custody\.jsonl$/,
    maxBytes: 32 * MiB,
    maxRatio: null,
    keep: 'text',
  },
  // The browser's screenshot of the visible area: 36 megapixels at most (check-crop.ts);
  // PNGs are compressed already, so deflating them again gains little.
  {
    kind: 'screenshot',
    pattern: /^captures\/[^/]+\/page-screenshot\.png$/,
    maxBytes: 128 * MiB,
    maxRatio: 20,
    keep: 'file',
  },
  {
    kind: 'crop',
    pattern: /^captures\/[^/]+\/post-crop\.png$/,
    maxBytes: 128 * MiB,
    maxRatio: 20,
    keep: 'file',
  },
  // A JPEG of 320 × 200 pixels at most.
  {
    kind: 'thumbnail',
    pattern: /^captures\/[^/]+\/thumbnail\.jpg$/,
    maxBytes: 4 * MiB,
    maxRatio: 20,
    keep: 'file',
  },
  // RFC 3161 answers: a token with the authority's certificates, a few kilobytes, verified
  // by the check and stored by the import.
  {
    kind: 'capture-seal',
    pattern: /^captures\/[^/]+\/seal\.tsr$/,
    maxBytes: MiB,
    maxRatio: null,
    keep: 'file',
  },
  {
    kind: 'sums-seal',
    pattern: /^SHA256SUMS\.tsr$/,
    maxBytes: MiB,
    maxRatio: null,
    keep: 'file',
  },
  { kind: 'chain', pattern: /^chain\.pem$/, maxBytes: MiB, maxRatio: null, keep: 'text' },
]);

/** The texts the checks hold at once, all files together: a bundle of 10,000 captures has ~80 MB. */
export const MAX_TEXT_BYTES = 256 * MiB;

/** Ratios are judged only above this size: a small file may compress very well. */
export const RATIO_FLOOR = MiB;

/** The central directory: 65,535 entries of at most 256 bytes each. */
export const MAX_DIRECTORY_BYTES = 16 * MiB;

/** The row a file name belongs to, if any. */
export function entryKindOf(name: string): EntryKind | undefined {
  return BUNDLE_ENTRY_KINDS.find((kind) => kind.pattern.test(name));
}

/**
 * report.pdf holds each screenshot once, as its PNG data or as a JPEG copy of it (which can
 * be larger than a flat PNG), and text: two screenshots' worth each, plus room for the text
 * and the fonts.
 */
export function reportPdfLimit(screenshotBytes: number, captures: number): number {
  return 64 * MiB + 2 * screenshotBytes + captures * 2 * MiB;
}
