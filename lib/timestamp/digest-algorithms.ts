import { OID } from './oids';

/**
 * Digests accepted inside a token. SHA-1 is refused where a collision would let a forger swap
 * the signed content; it stays readable only in ESS v1 certificate identifiers, where it names a
 * certificate that is checked on its own.
 */
export const CONTENT_DIGESTS: Readonly<Record<string, string>> = {
  [OID.sha256]: 'SHA-256',
  [OID.sha384]: 'SHA-384',
  [OID.sha512]: 'SHA-512',
};
