import * as asn1js from 'asn1js';
import {
  AlgorithmIdentifier,
  GeneralNames,
  RelativeDistinguishedNames,
  type Certificate,
  type SignerInfo,
} from 'pkijs';
import { sameBytes } from './bytes';
import { webCryptoEngine } from './crypto-engine';
import { certificateDer } from './describe-certificate';
import { CONTENT_DIGESTS } from './digest-algorithms';
import { OID } from './oids';

export type BindingProblem = 'no-signing-certificate-attribute' | 'hash-differs' | 'issuer-differs';

interface CertificateIdentifier {
  hashName: string | undefined;
  certHash: Uint8Array;
  issuerSerial: asn1js.Sequence | undefined;
}

/**
 * The ESS signing-certificate attribute (RFC 2634, or its v2 of RFC 5035) binds the signature to
 * one certificate, so the signer cannot be swapped for another holding the same key: its first
 * identifier must be the signer's hash (and issuer and serial number when given).
 */
export async function signingCertificateProblem(
  signerInfo: SignerInfo,
  signer: Certificate,
): Promise<BindingProblem | null> {
  const attributes = (signerInfo.signedAttrs?.attributes ?? []).filter(
    (attribute) =>
      attribute.type === OID.signingCertificateV2 || attribute.type === OID.signingCertificate,
  );
  if (attributes.length === 0) return 'no-signing-certificate-attribute';
  const der = certificateDer(signer);
  for (const attribute of attributes) {
    const identifier = firstIdentifier(
      attribute.values[0],
      attribute.type === OID.signingCertificateV2,
    );
    if (!identifier?.hashName) return 'no-signing-certificate-attribute';
    const hash = await webCryptoEngine().digest({ name: identifier.hashName }, der);
    if (!sameBytes(hash, identifier.certHash)) return 'hash-differs';
    if (identifier.issuerSerial && !namesSigner(identifier.issuerSerial, signer)) {
      return 'issuer-differs';
    }
  }
  return null;
}

function firstIdentifier(value: unknown, version2: boolean): CertificateIdentifier | null {
  const certificates = value instanceof asn1js.Sequence ? value.valueBlock.value[0] : undefined;
  const first =
    certificates instanceof asn1js.Sequence ? certificates.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.Sequence)) return null;
  const parts = [...first.valueBlock.value];
  let hashName: string | undefined = version2 ? 'SHA-256' : 'SHA-1';
  if (version2 && parts[0] instanceof asn1js.Sequence) {
    const algorithm = new AlgorithmIdentifier({ schema: parts.shift() });
    hashName = CONTENT_DIGESTS[algorithm.algorithmId];
  }
  const [certHash, issuerSerial] = parts;
  if (!(certHash instanceof asn1js.OctetString)) return null;
  return {
    hashName,
    certHash: certHash.valueBlock.valueHexView,
    issuerSerial: issuerSerial instanceof asn1js.Sequence ? issuerSerial : undefined,
  };
}

function namesSigner(issuerSerial: asn1js.Sequence, signer: Certificate): boolean {
  const [names, serial] = issuerSerial.valueBlock.value;
  if (!(serial instanceof asn1js.Integer) || !serial.isEqual(signer.serialNumber)) return false;
  try {
    return new GeneralNames({ schema: names }).names.some(
      (name) =>
        name.value instanceof RelativeDistinguishedNames && name.value.isEqual(signer.issuer),
    );
  } catch {
    return false;
  }
}
