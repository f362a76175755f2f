import type { Translate } from './translate';

/** Why saving failed, in words: a full disk is said as such, anything else as it came. */
export function saveError(error: unknown, t: Translate): string {
  const full =
    (error instanceof DOMException && error.name === 'QuotaExceededError') ||
    /quota/i.test(String(error));
  return full ? t('library.storageFull') : t('library.error', { message: String(error) });
}
