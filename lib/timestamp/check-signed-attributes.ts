import * as asn1js from 'asn1js';
import type { Certificate, SignerInfo } from 'pkijs';
import { sameBytes } from './bytes';
import { webCryptoEngine } from './crypto-engine';
import { CONTENT_DIGESTS } from './digest-algorithms';
import { OID } from './oids';
import { malformed, type TimestampFailure } from './timestamp-outcome';

const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';

/**
 * The CMS signature over the signed attributes (RFC 5652 §5.4), whose content-type names a
 * TSTInfo and whose message-digest is the digest of the very TSTInfo bytes in the token.
 * Null when all holds.
 */
export async function checkSignedAttributes(
  signerInfo: SignerInfo,
  signer: Certificate,
  content: Uint8Array<ArrayBuffer>,
): Promise<TimestampFailure | null> {
  const attributes = signerInfo.signedAttrs?.attributes;
  if (!attributes?.length) return malformed('signed-attributes');
  const valueOf = (type: string): unknown => {
    const matching = attributes.filter((attribute) => attribute.type === type);
    return matching.length === 1 && matching[0]?.values.length === 1
      ? matching[0].values[0]
      : undefined;
  };

  const contentType = valueOf(OID.contentTypeAttribute);
  if (!(contentType instanceof asn1js.ObjectIdentifier)) return malformed('signed-attributes');
  if (contentType.valueBlock.toString() !== OID.tstInfo) {
    return { ok: false, reason: 'bad-signature', details: { check: 'content-type' } };
  }

  const digestName = CONTENT_DIGESTS[signerInfo.digestAlgorithm.algorithmId];
  if (!digestName) return unsupported(signerInfo.digestAlgorithm.algorithmId);
  const messageDigest = valueOf(OID.messageDigestAttribute);
  if (!(messageDigest instanceof asn1js.OctetString)) return malformed('signed-attributes');
  const engine = webCryptoEngine();
  const actual = await engine.digest({ name: digestName }, content);
  if (!sameBytes(actual, messageDigest.valueBlock.valueHexView)) {
    return { ok: false, reason: 'bad-signature', details: { check: 'message-digest' } };
  }

  // A bare rsaEncryption takes its hash from the digest algorithm; other algorithms name theirs.
  const signatureAlgorithm = signerInfo.signatureAlgorithm;
  const bareRsa = signatureAlgorithm.algorithmId === RSA_ENCRYPTION;
  if (!bareRsa && engine.getHashAlgorithm(signatureAlgorithm) === 'SHA-1') {
    return unsupported(signatureAlgorithm.algorithmId);
  }
  let verified: boolean;
  try {
    verified = await engine.verifyWithPublicKey(
      signerInfo.signedAttrs!.encodedValue,
      signerInfo.signature,
      signer.subjectPublicKeyInfo,
      signatureAlgorithm,
      bareRsa ? digestName : undefined,
    );
  } catch {
    return unsupported(signatureAlgorithm.algorithmId);
  }
  return verified ? null : { ok: false, reason: 'bad-signature', details: { check: 'signature' } };
}

function unsupported(algorithm: string): TimestampFailure {
  return { ok: false, reason: 'unsupported-algorithm', details: { algorithm } };
}
