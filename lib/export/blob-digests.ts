import { Sha256Stream } from '../evidence/sha256-stream';
import { crc32 } from './crc32';

/** What the bundle needs of a file it archives: its SHA-256 for SHA256SUMS, its ZIP CRC-32. */
export interface BlobDigests {
  sha256?: string;
  crc32?: number;
}

/**
 * Digests of Blobs computed while their bytes were in hand (a screenshot read to draw it in
 * the report, the report as it was written), so the export does not read them from the store
 * a second time. A Blob never changes, so a digest kept for one stays true.
 */
const known = new WeakMap<Blob, BlobDigests>();

export function rememberDigests(blob: Blob, digests: BlobDigests): void {
  known.set(blob, { ...known.get(blob), ...digests });
}

export function knownDigests(blob: Blob): BlobDigests {
  return known.get(blob) ?? {};
}

/** SHA-256 and CRC-32 of bytes given piece by piece, in order. */
export class StreamDigests {
  private readonly sha256 = new Sha256Stream();
  private crc = 0;

  update(bytes: Uint8Array): void {
    this.sha256.update(bytes);
    this.crc = crc32(bytes, this.crc);
  }

  result(): Required<BlobDigests> {
    return { sha256: this.sha256.hex(), crc32: this.crc };
  }
}
