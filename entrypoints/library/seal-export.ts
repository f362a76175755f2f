import { sha256Hex } from '../../lib/evidence/sha256';
import { askBackgroundLater as askBackground } from '../../lib/messaging/ask-background-later';

/**
 * The export waits this long for its seal, spacing included (Sectigo asks 15 s between
 * requests, and the background gives up on an authority silent for 20 s), then goes without.
 */
const EXPORT_SEAL_WAIT_MS = 45_000;

/** What became of the export's own seal. */
export interface ExportSeal {
  /** 'off': the seal is off in the settings; 'missing': it is on but no seal came in time. */
  outcome: 'off' | 'sealed' | 'missing';
}

/**
 * Asks the background to seal the bundle's SHA256SUMS, and records in `seal` what happened,
 * for the message at the end of the export.
 */
export function sealSumsThroughBackground(seal: ExportSeal) {
  return async (sums: string) => {
    const digestHex = await sha256Hex(sums);
    const answer = await Promise.race([
      askBackground('sealDigest', { digestHex }),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), EXPORT_SEAL_WAIT_MS)),
    ]).catch(() => null);
    if (answer?.status === 'off') {
      seal.outcome = 'off';
      return null;
    }
    if (answer?.status !== 'sealed') {
      seal.outcome = 'missing';
      return null;
    }
    seal.outcome = 'sealed';
    const binary = atob(answer.responseBase64);
    return {
      response: Uint8Array.from(binary, (character) => character.charCodeAt(0)),
      chainPem: answer.chainPem,
    };
  };
}
