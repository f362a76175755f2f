import {
  entryKindOf,
  MAX_TEXT_BYTES,
  RATIO_FLOOR,
  reportPdfLimit,
  type EntryKind,
} from './bundle-entry-kinds';
import type { ZipEntry } from './read-zip';
import { ZipReadError } from './zip-read-error';

const DEFLATED = 8;

/**
 * Judges every entry by what the directory declares, before a byte is inflated: a size or a
 * compression ratio no Témoin bundle can have stops the check at once, naming the entry and
 * the limit. Entries of names the format does not have are handed back to be named, not read.
 */
export function checkEntryLimits(entries: readonly ZipEntry[]): {
  known: Array<{ entry: ZipEntry; kind: EntryKind }>;
  unexpected: string[];
} {
  const known: Array<{ entry: ZipEntry; kind: EntryKind }> = [];
  const unexpected: string[] = [];
  for (const entry of entries) {
    const kind = entryKindOf(entry.name);
    if (kind) known.push({ entry, kind });
    else unexpected.push(entry.name);
  }
  for (const { entry, kind } of known) {
    const { name: path, size, compressedSize } = entry;
    if (size > kind.maxBytes) throw tooLarge(path, size, kind.maxBytes);
    const ratio = size / Math.max(1, compressedSize);
    if (
      entry.method === DEFLATED &&
      kind.maxRatio !== null &&
      size > RATIO_FLOOR &&
      ratio > kind.maxRatio
    ) {
      throw new ZipReadError('ratio-too-high', `${path} would inflate ${Math.round(ratio)}-fold`, {
        path,
        found: String(Math.round(ratio)),
        limit: kind.maxRatio,
        size,
      });
    }
  }
  const total = (kinds: string[]) =>
    known
      .filter(({ kind }) => kinds.includes(kind.kind))
      .reduce((sum, { entry }) => sum + entry.size, 0);
  const texts = total(
    known.filter(({ kind }) => kind.keep === 'text').map(({ kind }) => kind.kind),
  );
  if (texts > MAX_TEXT_BYTES) {
    throw new ZipReadError('texts-too-large', `The texts add up to ${texts} bytes`, {
      size: texts,
      limit: MAX_TEXT_BYTES,
    });
  }
  const report = known.find(({ kind }) => kind.kind === 'report')?.entry;
  const captures = known.filter(({ kind }) => kind.kind === 'metadata').length;
  const limit = reportPdfLimit(total(['screenshot']), captures);
  if (report && report.size > limit) throw tooLarge(report.name, report.size, limit);
  return { known, unexpected };
}

function tooLarge(path: string, size: number, limit: number): ZipReadError {
  return new ZipReadError('entry-too-large', `${path} declares ${size} bytes`, {
    path,
    size,
    limit,
  });
}
