import * as asn1js from 'asn1js';
import { ContentInfo, PKIStatus, TimeStampResp, type PKIStatusInfo } from 'pkijs';
import { readDer } from './read-der';
import { malformed, type TimestampFailure } from './timestamp-outcome';

export type ReadTimestamp = { ok: true; token: ContentInfo } | TimestampFailure;

/** The bits of PKIFailureInfo (RFC 3161 §2.4.2) by position. */
const FAILURE_BITS: Readonly<Record<number, string>> = {
  0: 'badAlg',
  2: 'badRequest',
  5: 'badDataFormat',
  14: 'timeNotAvailable',
  15: 'unacceptedPolicy',
  16: 'unacceptedExtension',
  17: 'addInfoNotAvailable',
  25: 'systemFailure',
};

/** An authority's answer (`TimeStampResp`): its token when granted, its refusal otherwise. */
export function readTimestampResponse(bytes: Uint8Array): ReadTimestamp {
  const node = readDer(bytes);
  if (!node) return malformed('response');
  return responseFromNode(node);
}

/**
 * A stored seal: either the authority's whole answer (`.tsr`, as OpenSSL writes and reads it) or
 * the bare token (`ContentInfo`).
 */
export function readStoredTimestamp(bytes: Uint8Array): ReadTimestamp {
  const node = readDer(bytes);
  if (!node) return malformed('response');
  const first = node instanceof asn1js.Sequence ? node.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.ObjectIdentifier)) return responseFromNode(node);
  try {
    return { ok: true, token: new ContentInfo({ schema: node }) };
  } catch {
    return malformed('token');
  }
}

function responseFromNode(node: asn1js.AsnType): ReadTimestamp {
  let response: TimeStampResp;
  try {
    response = new TimeStampResp({ schema: node });
  } catch {
    return malformed('response');
  }
  const status = response.status.status;
  if (status !== PKIStatus.granted && status !== PKIStatus.grantedWithMods) {
    return refusal(response.status);
  }
  if (!response.timeStampToken) return malformed('token');
  return { ok: true, token: response.timeStampToken };
}

function refusal(status: PKIStatusInfo): TimestampFailure {
  return {
    ok: false,
    reason: 'rejected-by-authority',
    details: {
      status: status.status,
      statusText: (status.statusStrings ?? []).map((text) => text.valueBlock.value),
      failures: status.failInfo ? failureNames(status.failInfo) : [],
    },
  };
}

function failureNames(bits: asn1js.BitString): string[] {
  const bytes = bits.valueBlock.valueHexView;
  return Object.entries(FAILURE_BITS)
    .filter(([position]) => {
      const index = Number(position);
      return ((bytes[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
    })
    .map(([, name]) => name);
}
