import { CertificateChainValidationEngine, type Certificate } from 'pkijs';
import { sameBytes } from './bytes';
import { webCryptoEngine } from './crypto-engine';

/** pkijs' code for a certificate in the path that is not yet valid, or no longer, at the date. */
const NOT_VALID_AT_DATE = 8;

export type ChainCheck =
  | { ok: true; path: Certificate[] }
  | { ok: false; problem: 'no-path-to-trusted-root' | 'invalid-at-gen-time' };

/**
 * A path from the signer to one of the trusted roots, every certificate in it valid at the
 * token's time, each issuer a CA and each signature checked. Revocation is not checked: that
 * needs the network, and a seal is verified offline, years later.
 */
export async function checkChain(
  signer: Certificate,
  others: readonly Certificate[],
  trustedRoots: readonly Certificate[],
  at: Date,
): Promise<ChainCheck> {
  if (trustedRoots.length === 0) return { ok: false, problem: 'no-path-to-trusted-root' };
  const intermediates = others.filter(
    (certificate) => !sameBytes(certificate.tbsView, signer.tbsView),
  );
  const engine = new CertificateChainValidationEngine({
    trustedCerts: [...trustedRoots],
    // The engine takes the last certificate as the one to validate.
    certs: [...intermediates, signer],
    checkDate: at,
  });
  const result = await engine.verify({}, webCryptoEngine());
  if (!result.result || !result.certificatePath) {
    const problem =
      result.resultCode === NOT_VALID_AT_DATE ? 'invalid-at-gen-time' : 'no-path-to-trusted-root';
    return { ok: false, problem };
  }
  const path = result.certificatePath.filter(
    (certificate, index, all) =>
      all.findIndex((other) => sameBytes(other.tbsView, certificate.tbsView)) === index,
  );
  return { ok: true, path };
}
