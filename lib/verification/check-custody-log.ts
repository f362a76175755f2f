import { custodyEntrySchema, type CustodyEntry } from '../evidence/custody-entry';
import { verifyCustodyChain } from '../evidence/verify-custody';
import type { EvidenceProblem } from './evidence-problem';

/** One entry as found: in the store, or on a line of custody.jsonl. */
export interface FoundEntry {
  raw: unknown;
  line?: number;
}

/**
 * Reads a custody log strictly, then checks its chain. An entry with a field no version of
 * Témoin writes is refused and the field named: the hash does not cover what it does not
 * know, so an added field could otherwise say anything. The chain is checked only once
 * every entry reads, and its first break is named with its line.
 */
export async function checkCustodyLog(
  found: readonly FoundEntry[],
  captureId: string,
  metadataSha256: string,
): Promise<{ entries: CustodyEntry[]; problems: EvidenceProblem[] }> {
  const entries: CustodyEntry[] = [];
  const problems: EvidenceProblem[] = [];
  for (const { raw, line } of found) {
    const parsed = custodyEntrySchema.safeParse(raw);
    const where = {
      subject: 'custody' as const,
      ...indexOf(raw),
      ...(line === undefined ? {} : { line }),
    };
    // The raw entry is kept, not zod's copy: what was hashed is what is checked.
    if (parsed.success) entries.push(raw as CustodyEntry);
    else {
      const unknown = parsed.error.issues.find((issue) => issue.code === 'unrecognized_keys');
      problems.push(
        unknown
          ? {
              reason: 'custody-unknown-field',
              ...where,
              found: [...unknown.path, ...unknown.keys].join('.'),
            }
          : { reason: 'custody-bad-line', ...where },
      );
    }
  }
  if (problems.length > 0) return { entries, problems };
  const broken = await verifyCustodyChain(entries, metadataSha256, captureId);
  if (broken) {
    const line = lineOf(found, broken);
    problems.push({
      reason: `custody-${broken.reason}`,
      subject: 'custody',
      entry: broken.entry,
      ...(line === undefined ? {} : { line }),
    });
  }
  return { entries, problems };
}

function indexOf(raw: unknown): { entry?: number } {
  const index = (raw as { index?: unknown } | null)?.index;
  return Number.isInteger(index) ? { entry: index as number } : {};
}

/** The line of the entry a break names; of a duplicate, the line of its second copy. */
function lineOf(
  found: readonly FoundEntry[],
  { entry, reason }: { entry: number; reason: string },
): number | undefined {
  const lines = found.filter(({ raw }) => indexOf(raw).entry === entry).map(({ line }) => line);
  return reason === 'duplicate-entry' ? lines[1] : lines[0];
}
