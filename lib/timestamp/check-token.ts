import { Certificate, type ContentInfo } from 'pkijs';
import { bytesToHex } from './bytes';
import { checkChain } from './check-chain';
import { checkSignedAttributes } from './check-signed-attributes';
import { describeCertificate } from './describe-certificate';
import { describeTsaName } from './describe-tsa-name';
import { findSigner } from './find-signer';
import { OID } from './oids';
import { openToken } from './open-token';
import { signingCertificateProblem } from './signing-certificate';
import type { TimestampVerification } from './timestamp-outcome';
import { malformed } from './timestamp-outcome';
import { timestampingUsageProblem } from './timestamping-usage';

export interface TokenExpectation {
  /** Lowercase hexadecimal SHA-256 the token must seal. */
  digestHex: string;
  /** The nonce sent, when checking a fresh answer; undefined for a stored seal. */
  nonceHex?: string;
  trustedRoots: readonly Certificate[];
  /** Certificates found beside the token (a bundle's chain.pem): candidates, never trusted. */
  otherCertificates?: readonly Certificate[];
}

/**
 * Every check of RFC 3161 §2.4.2 and RFC 5816 on a token, in an order that names the first
 * fault found: what it seals, the nonce, who signed it and whether that certificate may sign
 * timestamps, the signature, and the path to a trusted root at the token's own time.
 */
export async function checkToken(
  token: ContentInfo,
  expected: TokenExpectation,
): Promise<TimestampVerification> {
  const opened = openToken(token);
  if (!opened.ok) return opened;
  const { signedData, signerInfo, tstInfo, content } = opened.token;
  const genTime = tstInfo.genTime;
  if (tstInfo.version !== 1 || !(genTime instanceof Date) || Number.isNaN(genTime.getTime())) {
    return malformed('tst-info');
  }

  const imprint = tstInfo.messageImprint;
  const receivedDigest = bytesToHex(imprint.hashedMessage.valueBlock.valueHexView);
  if (imprint.hashAlgorithm.algorithmId !== OID.sha256 || receivedDigest !== expected.digestHex) {
    return {
      ok: false,
      reason: 'wrong-imprint',
      details: {
        expectedDigest: expected.digestHex,
        receivedDigest,
        receivedAlgorithm: imprint.hashAlgorithm.algorithmId,
      },
    };
  }

  const receivedNonce = tstInfo.nonce ? bytesToHex(tstInfo.nonce.valueBlock.valueHexView) : null;
  if (expected.nonceHex !== undefined && receivedNonce !== expected.nonceHex) {
    return {
      ok: false,
      reason: 'wrong-nonce',
      details: { expectedNonce: expected.nonceHex, receivedNonce },
    };
  }

  const certificates = [
    ...(signedData.certificates ?? []).filter(
      (candidate): candidate is Certificate => candidate instanceof Certificate,
    ),
    ...(expected.otherCertificates ?? []),
  ];
  const signer = await findSigner(signerInfo, certificates);
  if (!signer) {
    return {
      ok: false,
      reason: 'signer-not-found',
      details: { certificateCount: certificates.length },
    };
  }
  const usageProblem = timestampingUsageProblem(signer);
  if (usageProblem) {
    return {
      ok: false,
      reason: 'not-a-timestamping-certificate',
      details: { signer: await describeCertificate(signer), problem: usageProblem },
    };
  }
  if (genTime < signer.notBefore.value || genTime > signer.notAfter.value) {
    return {
      ok: false,
      reason: 'signer-expired-at-gen-time',
      details: { signer: await describeCertificate(signer), genTime: genTime.toISOString() },
    };
  }

  const signatureFailure = await checkSignedAttributes(signerInfo, signer, content);
  if (signatureFailure) return signatureFailure;
  const bindingProblem = await signingCertificateProblem(signerInfo, signer);
  if (bindingProblem) {
    return { ok: false, reason: 'signer-not-bound', details: { problem: bindingProblem } };
  }

  const chain = await checkChain(signer, certificates, expected.trustedRoots, genTime);
  if (!chain.ok) {
    return {
      ok: false,
      reason: 'untrusted-chain',
      details: { problem: chain.problem, genTime: genTime.toISOString() },
    };
  }

  return {
    ok: true,
    genTime: genTime.toISOString(),
    serialNumber: bytesToHex(tstInfo.serialNumber.valueBlock.valueHexView),
    policy: tstInfo.policy,
    accuracy: tstInfo.accuracy
      ? {
          seconds: tstInfo.accuracy.seconds ?? 0,
          millis: tstInfo.accuracy.millis ?? 0,
          micros: tstInfo.accuracy.micros ?? 0,
        }
      : null,
    tsaName: tstInfo.tsa ? describeTsaName(tstInfo.tsa) : null,
    digestHex: receivedDigest,
    nonceHex: receivedNonce,
    signer: await describeCertificate(signer),
    chain: await Promise.all(chain.path.map(describeCertificate)),
  };
}
