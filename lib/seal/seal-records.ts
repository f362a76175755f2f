/** A capture's seal as stored: the authority's answer and what was checked when it came. */
export interface SealRecord {
  captureId: string;
  /** The sealed SHA-256: the capture's `metadataSha256`. */
  digestHex: string;
  authorityId: string;
  authorityName: string;
  authorityUrl: string;
  eidasQualified: boolean;
  /** The authority's DER `TimeStampResp`, byte for byte: the bundle's `.tsr`. */
  response: Uint8Array<ArrayBuffer>;
  /** The authority's time, UTC ISO 8601. */
  genTime: string;
  /** When the capture was queued: a seal much later than this states its own later time. */
  queuedAt: string;
  /** The device clock when the request left and the answer arrived. */
  sentAt: string;
  receivedAt: string;
  /** How far the device clock ran ahead of the authority's (negative: behind). */
  clockOffsetMs: number;
  clockUncertaintyMs: number;
  /** From the signer to the trusted root, PEM: the bundle's `chain.pem`. */
  chainPem: string;
}

/** Why the last attempt failed, in words for the interface to choose. */
export type SealProblem = 'offline' | 'refused' | 'invalid-answer';

/** A capture waiting for its seal. */
export interface SealWaiting {
  captureId: string;
  digestHex: string;
  queuedAt: string;
  attempts: number;
  /** Milliseconds since the epoch: indexed, so the next due capture is one read. */
  nextAttemptAt: number;
  problem?: SealProblem;
}
