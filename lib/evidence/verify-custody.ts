import type { CustodyEntry } from './custody-entry';
import { custodyEntryId, hashCustodyEntry } from './custody-entry';

export type CustodyProblem = {
  /** The entry concerned, by its index in the log. */
  entry: number;
  reason:
    | 'foreign-entry'
    | 'duplicate-entry'
    | 'missing-entry'
    | 'not-anchored'
    | 'broken-link'
    | 'hash-mismatch'
    | 'id-mismatch';
};

/**
 * Checks a capture's custody log: every entry belongs to this capture, no index is there
 * twice or missing, the first entry is anchored on the sealed metadata's hash, each links to
 * the one before, each hash covers its entry, and each id is the one its capture and index
 * make (the hash does not cover the id, so it must follow from what it covers). Returns the
 * first problem, naming the entry, or null when the chain holds.
 */
export async function verifyCustodyChain(
  entries: readonly CustodyEntry[],
  metadataSha256: string,
  captureId: string,
): Promise<CustodyProblem | null> {
  // A stable sort: of two entries with one index, the first given is taken as the original.
  const ordered = [...entries].sort((left, right) => left.index - right.index);
  let previousHash = metadataSha256;
  for (const [expected, entry] of ordered.entries()) {
    const problem = (reason: CustodyProblem['reason']) => ({ entry: entry.index, reason });
    if (entry.captureId !== captureId) return problem('foreign-entry');
    if (expected > 0 && ordered[expected - 1]!.index === entry.index) {
      return problem('duplicate-entry');
    }
    if (entry.index !== expected) return { entry: expected, reason: 'missing-entry' };
    if (entry.previousHash !== previousHash) {
      return problem(expected === 0 ? 'not-anchored' : 'broken-link');
    }
    const { hash, ...unhashed } = entry;
    if ((await hashCustodyEntry(unhashed)) !== hash) return problem('hash-mismatch');
    if (entry.id !== custodyEntryId(captureId, entry.index)) return problem('id-mismatch');
    previousHash = hash;
  }
  return null;
}
