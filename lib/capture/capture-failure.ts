import { z } from 'zod';

/** Why a capture could not be made. Each reason has its own message for the user. */
export const captureFailureSchema = z.enum([
  'browser-page',
  'extension-store',
  'pdf-viewer',
  'file-access-denied',
  'tab-closed',
  'page-navigated',
  'tab-hidden',
  'quota-exceeded',
  'storage-full',
  'interrupted',
  'unknown',
]);
export type CaptureFailure = z.infer<typeof captureFailureSchema>;

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
