import { TIMESTAMP_AUTHORITIES } from '../timestamp/authorities';
import type { SealRecord } from './seal-records';

/**
 * « Vérifier » for a stored seal: the token's imprint against the capture's sealed hash, its
 * signature, its signer at genTime and the chain to the roots Témoin ships, or to the root the
 * person gave for their own authority. 'ok', or the timestamp library's reason code.
 */
export async function checkStoredSeal(
  seal: Pick<SealRecord, 'response'>,
  metadataSha256: string,
  customRootPem: string,
): Promise<string> {
  const { verifyStoredTimestamp } = await import('../timestamp/verify-timestamp');
  const shipped = TIMESTAMP_AUTHORITIES.flatMap(({ trustedRoots }) =>
    trustedRoots.map(({ pem }) => pem),
  );
  const verified = await verifyStoredTimestamp({
    timestamp: seal.response,
    digestHex: metadataSha256,
    trustedRootsPem: customRootPem ? [...shipped, customRootPem] : shipped,
  });
  return verified.ok ? 'ok' : verified.reason;
}
