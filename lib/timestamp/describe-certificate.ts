import type { Certificate, RelativeDistinguishedNames } from 'pkijs';
import { bytesToHex } from './bytes';
import { webCryptoEngine } from './crypto-engine';
import { certificateToPem } from './pem';
import type { CertificateSummary } from './timestamp-outcome';

const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.13': 'description',
  '2.5.4.97': 'organizationIdentifier',
  '1.2.840.113549.1.9.1': 'emailAddress',
};

/** A distinguished name as `CN=…, O=…, C=…`, in the certificate's own order. */
export function describeName(name: RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((pair) => {
      const label = ATTRIBUTE_NAMES[pair.type] ?? pair.type;
      const value = (pair.value.valueBlock as { value?: unknown }).value;
      return `${label}=${typeof value === 'string' ? value : `#${bytesToHex(pair.value.toBER())}`}`;
    })
    .join(', ');
}

/** The DER of a parsed certificate: its signed part exactly as received, re-wrapped. */
export function certificateDer(certificate: Certificate): Uint8Array<ArrayBuffer> {
  return new Uint8Array(certificate.toSchema(false).toBER());
}

export async function describeCertificate(certificate: Certificate): Promise<CertificateSummary> {
  const der = certificateDer(certificate);
  const digest = await webCryptoEngine().digest({ name: 'SHA-256' }, der);
  return {
    subject: describeName(certificate.subject),
    issuer: describeName(certificate.issuer),
    serialNumber: bytesToHex(certificate.serialNumber.valueBlock.valueHexView),
    notBefore: certificate.notBefore.value.toISOString(),
    notAfter: certificate.notAfter.value.toISOString(),
    sha256: bytesToHex(digest),
    pem: certificateToPem(der),
  };
}
