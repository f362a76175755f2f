import { sha256OfLargeBlob } from './sha256-stream';

/** Above this, a Blob is hashed in slices rather than read into memory whole. */
const WHOLE_BLOB_LIMIT = 32 << 20;

/** Lowercase hexadecimal SHA-256 of bytes, a Blob or a UTF-8 string. */
export async function sha256Hex(input: Blob | ArrayBuffer | Uint8Array | string): Promise<string> {
  if (input instanceof Blob && input.size > WHOLE_BLOB_LIMIT) return sha256OfLargeBlob(input);
  const bytes =
    typeof input === 'string'
      ? new TextEncoder().encode(input)
      : input instanceof Blob
        ? new Uint8Array(await input.arrayBuffer())
        : input instanceof Uint8Array
          ? input
          : new Uint8Array(input);
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
