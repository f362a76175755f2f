import * as asn1js from 'asn1js';
import {
  AlgorithmIdentifier,
  Certificate,
  IssuerAndSerialNumber,
  SignedData,
  TimeStampReq,
  TimeStampResp,
  type SignerInfo,
} from 'pkijs';

/**
 * Changes to real answers and requests, for the faults OpenSSL will not produce itself. Each
 * re-encodes the structure with the PKI library; the signed bytes are left as they were.
 */

/** The certificates of a granted answer, passed through `change`. */
export function rewriteCertificates(
  response: Uint8Array,
  change: (certificates: Certificate[]) => Certificate[],
): Uint8Array {
  return rewriteSignedData(response, (signedData) => {
    const certificates = (signedData.certificates ?? []).filter(
      (certificate): certificate is Certificate => certificate instanceof Certificate,
    );
    signedData.certificates = change(certificates);
  });
}

/** Claims SHA-1 for the signed attributes' digest: that field lies outside what is signed. */
export function weakenDigest(response: Uint8Array): Uint8Array {
  return rewriteSignedData(response, (signedData) => {
    signedData.signerInfos[0]!.digestAlgorithm = new AlgorithmIdentifier({
      algorithmId: '1.3.14.3.2.26',
    });
  });
}

/**
 * Names the signer differently. The identifier lies outside the signed attributes, so the
 * signature still holds: only the way to find the certificate changes.
 */
export function renameSigner(
  response: Uint8Array,
  naming: 'subject-key-identifier' | 'unknown-serial',
): Uint8Array {
  return rewriteSignedData(response, (signedData) => {
    const signerInfo = signedData.signerInfos[0] as SignerInfo;
    const current = signerInfo.sid as IssuerAndSerialNumber;
    if (naming === 'unknown-serial') {
      signerInfo.sid = new IssuerAndSerialNumber({
        issuer: current.issuer,
        serialNumber: new asn1js.Integer({ value: 1 }),
      });
      return;
    }
    const signer = (signedData.certificates ?? []).find(
      (candidate): candidate is Certificate =>
        candidate instanceof Certificate && candidate.serialNumber.isEqual(current.serialNumber),
    );
    const keyIdentifier = signer?.extensions?.find((extension) => extension.extnID === '2.5.29.14')
      ?.parsedValue as asn1js.OctetString;
    signerInfo.version = 3;
    signerInfo.sid = new asn1js.Primitive({
      idBlock: { tagClass: 3, tagNumber: 0 },
      valueHex: keyIdentifier.valueBlock.valueHexView,
    });
  });
}

function rewriteSignedData(response: Uint8Array, change: (signedData: SignedData) => void) {
  const parsed = TimeStampResp.fromBER(new Uint8Array(response));
  const token = parsed.timeStampToken!;
  const signedData = new SignedData({ schema: token.content });
  change(signedData);
  token.content = signedData.toSchema(true);
  parsed.timeStampToken = token;
  return new Uint8Array(parsed.toSchema().toBER());
}

export function certificateFromPem(pem: string): Certificate {
  const base64 = pem.replace(/-----[A-Z ]+-----|\s+/g, '');
  return Certificate.fromBER(Uint8Array.from(Buffer.from(base64, 'base64')));
}

/** A request asking for another nonce, or another digest, than the one the client kept. */
export function alterRequest(request: Uint8Array, part: 'nonce' | 'imprint'): Uint8Array {
  const parsed = TimeStampReq.fromBER(new Uint8Array(request));
  if (part === 'nonce') {
    parsed.nonce = new asn1js.Integer({ valueHex: new Uint8Array([0x12, 0x34, 0x56, 0x78, 0x9a]) });
  } else {
    const digest = new Uint8Array(parsed.messageImprint.hashedMessage.valueBlock.valueHexView);
    digest[0] = (digest[0] ?? 0) ^ 0xff;
    parsed.messageImprint.hashedMessage = new asn1js.OctetString({ valueHex: digest });
  }
  return new Uint8Array(parsed.toSchema().toBER());
}
