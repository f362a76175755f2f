import type { SealRecord } from '../seal/seal-records';
import { CAPTURE_SEAL_NAME, type ExportedSeal } from './bundle-format';

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----\n?/g;

/** How metadata.json describes a capture's seal, the answer being `<folder>/seal.tsr`. */
export function exportedSealOf(
  seal: SealRecord,
  folder: string,
  responseSha256: string,
): ExportedSeal {
  return {
    path: `${folder}/${CAPTURE_SEAL_NAME}`,
    sha256: responseSha256,
    authority: {
      id: seal.authorityId,
      name: seal.authorityName,
      url: seal.authorityUrl,
      eidasQualified: seal.eidasQualified,
    },
    genTime: seal.genTime,
    queuedAt: seal.queuedAt,
    sentAt: seal.sentAt,
    receivedAt: seal.receivedAt,
    clockOffsetMs: seal.clockOffsetMs,
    clockUncertaintyMs: seal.clockUncertaintyMs,
  };
}

/**
 * `chain.pem`, the `-CAfile` of `openssl ts -verify`: each seal's chain without its signer,
 * which the answers carry themselves, every certificate once. Null when nothing was sealed.
 */
export function bundleChainPem(chains: readonly string[]): string | null {
  const certificates = new Set<string>();
  for (const chain of chains) {
    const blocks = chain.match(PEM_BLOCK) ?? [];
    for (const block of blocks.slice(1))
      certificates.add(block.endsWith('\n') ? block : `${block}\n`);
  }
  return certificates.size > 0 ? [...certificates].join('') : null;
}
