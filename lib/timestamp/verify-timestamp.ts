import { Certificate } from 'pkijs';
import type { TimestampRequest } from './build-request';
import { checkToken, type TokenExpectation } from './check-token';
import { certificatesFromPem } from './pem';
import { readStoredTimestamp, readTimestampResponse } from './read-timestamp';
import { malformed, type TimestampVerification } from './timestamp-outcome';

/**
 * An authority's fresh answer to our request: granted, for our nonce and our digest, signed by a
 * timestamping certificate that chains to one of the trusted roots (PEM texts).
 */
export async function verifyTimestampResponse(options: {
  response: Uint8Array;
  request: Pick<TimestampRequest, 'digestHex' | 'nonceHex'>;
  trustedRootsPem: readonly string[];
}): Promise<TimestampVerification> {
  const read = readTimestampResponse(options.response);
  if (!read.ok) return read;
  return checkSafely(read.token, {
    digestHex: options.request.digestHex,
    nonceHex: options.request.nonceHex,
    trustedRoots: parseRoots(options.trustedRootsPem),
  });
}

/**
 * A stored seal (the authority's answer, or its bare token) over a digest known from elsewhere:
 * for bundles and « Vérifier », when the request is long gone.
 */
export async function verifyStoredTimestamp(options: {
  timestamp: Uint8Array;
  digestHex: string;
  trustedRootsPem: readonly string[];
  /** Intermediates kept beside the seal (a bundle's chain.pem): they may complete the path. */
  otherCertificatesPem?: readonly string[];
}): Promise<TimestampVerification> {
  if (!/^[0-9a-f]{64}$/.test(options.digestHex)) return malformed('digest');
  const read = readStoredTimestamp(options.timestamp);
  if (!read.ok) return read;
  let otherCertificates: Certificate[];
  try {
    otherCertificates = parseRoots(options.otherCertificatesPem ?? []);
  } catch {
    otherCertificates = [];
  }
  return checkSafely(read.token, {
    digestHex: options.digestHex,
    trustedRoots: parseRoots(options.trustedRootsPem),
    otherCertificates,
  });
}

/** The parsers throw on some hostile structures: bytes that make them throw are malformed. */
async function checkSafely(
  token: Parameters<typeof checkToken>[0],
  expected: TokenExpectation,
): Promise<TimestampVerification> {
  try {
    return await checkToken(token, expected);
  } catch {
    return malformed('token');
  }
}

/** Certificates from PEM texts; throws on one that cannot be read. */
function parseRoots(pems: readonly string[]): Certificate[] {
  return pems.flatMap(certificatesFromPem).map((der) => Certificate.fromBER(der));
}
