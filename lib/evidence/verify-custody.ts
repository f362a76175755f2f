import type { CustodyEntry } from './custody-entry';
import { hashCustodyEntry } from './custody-entry';

export type CustodyProblem =
  | { entry: number; reason: 'hash-mismatch' }
  | { entry: number; reason: 'broken-link' }
  | { entry: number; reason: 'missing-entry' }
  | { entry: number; reason: 'not-anchored' };

/**
 * Checks a capture's custody log: every entry's hash, every link to the entry before, no gap
 * in the numbering, and an opening entry anchored on the sealed metadata's hash. Returns the
 * first problem, naming the entry, or null when the chain holds.
 */
export async function verifyCustodyChain(
  entries: readonly CustodyEntry[],
  metadataSha256: string,
): Promise<CustodyProblem | null> {
  const ordered = [...entries].sort((left, right) => left.index - right.index);
  let previousHash = metadataSha256;
  for (const [position, entry] of ordered.entries()) {
    if (entry.index !== position) return { entry: position, reason: 'missing-entry' };
    if (entry.previousHash !== previousHash) {
      return { entry: entry.index, reason: position === 0 ? 'not-anchored' : 'broken-link' };
    }
    const { hash, ...unhashed } = entry;
    if ((await hashCustodyEntry(unhashed)) !== hash) {
      return { entry: entry.index, reason: 'hash-mismatch' };
    }
    previousHash = hash;
  }
  return null;
}
