import * as asn1js from 'asn1js';
import { Certificate, IssuerAndSerialNumber, type SignerInfo } from 'pkijs';
import { sameBytes } from './bytes';
import { webCryptoEngine } from './crypto-engine';
import { OID } from './oids';

/**
 * The certificate the SignerInfo names, by issuer and serial number or by subject key
 * identifier: never by its place in the list, which anyone can reorder or pad.
 */
export async function findSigner(
  signerInfo: SignerInfo,
  candidates: readonly Certificate[],
): Promise<Certificate | null> {
  const identifier = signerInfo.sid;
  if (identifier instanceof IssuerAndSerialNumber) {
    return (
      candidates.find(
        (certificate) =>
          certificate.issuer.isEqual(identifier.issuer) &&
          certificate.serialNumber.isEqual(identifier.serialNumber),
      ) ?? null
    );
  }
  const keyIdentifier = subjectKeyIdentifierOf(identifier);
  if (!keyIdentifier) return null;
  for (const certificate of candidates) {
    if (sameBytes(await keyIdentifierOf(certificate), keyIdentifier)) return certificate;
  }
  return null;
}

/** `[0] SubjectKeyIdentifier`, implicitly tagged; some encoders wrap it explicitly. */
function subjectKeyIdentifierOf(identifier: unknown): Uint8Array | null {
  if (identifier instanceof asn1js.Constructed) {
    const inner = identifier.valueBlock.value[0];
    return inner instanceof asn1js.OctetString ? inner.valueBlock.valueHexView : null;
  }
  if (identifier instanceof asn1js.Primitive) return identifier.valueBlock.valueHexView;
  return null;
}

/** The certificate's own key identifier extension, else the SHA-1 of its key (RFC 5280 §4.2.1.2). */
async function keyIdentifierOf(certificate: Certificate): Promise<Uint8Array> {
  const extension = certificate.extensions?.find(
    (candidate) => candidate.extnID === OID.subjectKeyIdentifier,
  );
  const parsed: unknown = extension?.parsedValue;
  if (parsed instanceof asn1js.OctetString) return parsed.valueBlock.valueHexView;
  const key = certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;
  return new Uint8Array(await webCryptoEngine().digest({ name: 'SHA-1' }, new Uint8Array(key)));
}
