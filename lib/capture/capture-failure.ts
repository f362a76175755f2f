import type { CaptureFailure } from '../messaging/capture-outcome';

export class CaptureError extends Error {
  constructor(
    readonly reason: CaptureFailure,
    detail?: string,
  ) {
    super(detail ?? reason);
    this.name = 'CaptureError';
  }
}

/** Maps whatever a browser API threw to a reason the user can be told. */
export function failureFromError(error: unknown): CaptureFailure {
  if (error instanceof CaptureError) return error.reason;
  const name = (error as { name?: string } | null)?.name ?? '';
  const text = String((error as { message?: string } | null)?.message ?? error);
  if (name === 'QuotaExceededError' || /quota ?exceeded|QuotaExceeded|disk is full/i.test(text)) {
    return 'storage-full';
  }
  if (/MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/.test(text)) return 'quota-exceeded';
  if (/No tab with id|tab was closed|Invalid tab ID/i.test(text)) return 'tab-closed';
  if (/chrome:\/\/|edge:\/\/|about:|Cannot access a chrome|devtools/i.test(text))
    return 'browser-page';
  if (/webstore|extensions gallery/i.test(text)) return 'extension-store';
  if (/file:\/\//i.test(text)) return 'file-access-denied';
  return 'unknown';
}
