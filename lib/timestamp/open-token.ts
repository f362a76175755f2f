import * as asn1js from 'asn1js';
import { SignedData, TSTInfo, type ContentInfo, type SignerInfo } from 'pkijs';
import { OID } from './oids';
import { readDer } from './read-der';
import { malformed, type TimestampFailure } from './timestamp-outcome';

export interface OpenedToken {
  signedData: SignedData;
  signerInfo: SignerInfo;
  tstInfo: TSTInfo;
  /** The DER `TSTInfo` exactly as signed: the message-digest attribute covers these bytes. */
  content: Uint8Array<ArrayBuffer>;
}

/** The parts of a timestamp token (a CMS SignedData over a TSTInfo), or which part is broken. */
export function openToken(token: ContentInfo): { ok: true; token: OpenedToken } | TimestampFailure {
  if (token.contentType !== OID.signedData) return malformed('token');
  let signedData: SignedData;
  try {
    signedData = new SignedData({ schema: token.content });
  } catch {
    return malformed('signed-data');
  }
  const encapsulated = signedData.encapContentInfo;
  if (encapsulated.eContentType !== OID.tstInfo) return malformed('tst-info');
  if (!(encapsulated.eContent instanceof asn1js.OctetString)) return malformed('tst-info');
  const content = new Uint8Array(encapsulated.eContent.getValue());
  const node = readDer(content);
  let tstInfo: TSTInfo;
  try {
    if (!node) return malformed('tst-info');
    tstInfo = new TSTInfo({ schema: node });
  } catch {
    return malformed('tst-info');
  }
  // RFC 3161 §2.4.2: the token carries the authority's signature and no other.
  const [signerInfo, ...others] = signedData.signerInfos;
  if (!signerInfo || others.length > 0) return malformed('signer-info');
  return { ok: true, token: { signedData, signerInfo, tstInfo, content } };
}
