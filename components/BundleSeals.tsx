import type { Locale, Translate } from '../lib/i18n/translate';
import { formatDateTime } from '../lib/i18n/translate';
import { clockText, duration } from './SealStatus';

/** A capture's seal the bundle check verified. */
export interface BundleCaptureSeal {
  path: string;
  authorityName: string;
  eidasQualified: boolean;
  genTime: string;
  clockOffsetMs: number;
  clockUncertaintyMs: number;
}

/** The export's own seal: the authority's time, and the time the device wrote in the manifest. */
export interface BundleSumsSeal {
  authorityName: string;
  genTime: string;
  exportedAt: string;
}

/**
 * What the bundle check found of the seals: each authority's time and how far the device clock
 * was from it, so the reader sees both times, not only the one the device gave.
 */
export function BundleSeals({
  captures,
  sums,
  t,
  locale,
}: {
  captures: readonly BundleCaptureSeal[];
  sums: BundleSumsSeal | null;
  t: Translate;
  locale: Locale;
}) {
  if (captures.length === 0 && !sums) return null;
  const gap = sums ? Date.parse(sums.exportedAt) - Date.parse(sums.genTime) : 0;
  return (
    <div class="stack" data-seals={captures.length}>
      {sums && (
        <p data-sums-seal="ok">
          {t('seal.bundleSums', {
            authority: sums.authorityName,
            time: formatDateTime(sums.genTime, locale),
            deviceTime: formatDateTime(sums.exportedAt, locale),
            difference: t(gap > 0 ? 'seal.deviceAhead' : 'seal.deviceBehind', {
              offset: duration(Math.abs(gap), locale),
            }),
          })}
        </p>
      )}
      {captures.length > 0 && (
        <>
          <p>{t('seal.bundleCaptures', { count: captures.length })}</p>
          <ul>
            {captures.map((seal) => (
              <li key={seal.path}>
                {t('seal.bundleCapture', {
                  path: seal.path,
                  authority: seal.authorityName,
                  time: formatDateTime(seal.genTime, locale),
                })}
                {seal.eidasQualified && ` (${t('seal.qualified')})`}{' '}
                {clockText(seal.clockOffsetMs, seal.clockUncertaintyMs, t, locale)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
