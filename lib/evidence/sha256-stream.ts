import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * SHA-256 fed piece by piece. The browser's own digest needs the whole input in memory at
 * once; this one lets a large file, such as the PDF report of a thousand captures, be hashed
 * as it is read. The hashing is @noble/hashes (audited, plain JavaScript: the extension's
 * default content security policy blocks WebAssembly hashers).
 */
export class Sha256Stream {
  private readonly hash = sha256.create();

  update(bytes: Uint8Array): this {
    this.hash.update(bytes);
    return this;
  }

  hex(): string {
    return bytesToHex(this.hash.digest());
  }
}

/** The SHA-256 of a Blob read in slices, never whole. */
export async function sha256OfLargeBlob(
  blob: Blob,
  { sliceBytes = 8 << 20, signal }: { sliceBytes?: number; signal?: AbortSignal } = {},
): Promise<string> {
  const hash = new Sha256Stream();
  for (let start = 0; start < blob.size; start += sliceBytes) {
    signal?.throwIfAborted();
    hash.update(new Uint8Array(await blob.slice(start, start + sliceBytes).arrayBuffer()));
  }
  return hash.hex();
}
