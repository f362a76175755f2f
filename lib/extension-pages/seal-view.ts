import type { SealView } from '../../components/SealStatus';
import type { SealRecord, SealWaiting } from '../seal/seal-records';

/** A seal obtained more than this after the capture is said to state its own, later time. */
const LATE_AFTER_MS = 10 * 60_000;

/** What the detail shows of a capture's seal; null when it has none and waits for none. */
export function sealViewOf(
  { seal, waiting }: { seal: SealRecord | null; waiting: SealWaiting | null },
  capturedAt: string,
  check: string | null,
): SealView | null {
  if (seal)
    return {
      state: 'sealed',
      authorityName: seal.authorityName,
      eidasQualified: seal.eidasQualified,
      genTime: seal.genTime,
      clockOffsetMs: seal.clockOffsetMs,
      clockUncertaintyMs: seal.clockUncertaintyMs,
      later: Date.parse(seal.genTime) - Date.parse(capturedAt) > LATE_AFTER_MS,
      check,
    };
  if (waiting)
    return { state: 'waiting', ...(waiting.problem ? { problem: waiting.problem } : {}) };
  return null;
}
