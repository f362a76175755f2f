import type { Locale, Translate } from '../lib/i18n/translate';
import { formatDateTime } from '../lib/i18n/translate';

/** A capture's seal as the detail shows it. */
export type SealView =
  | { state: 'waiting'; problem?: 'offline' | 'refused' | 'invalid-answer' }
  | {
      state: 'sealed';
      authorityName: string;
      eidasQualified: boolean;
      genTime: string;
      clockOffsetMs: number;
      clockUncertaintyMs: number;
      /** The seal came well after the capture: it states its own, later time. */
      later: boolean;
      /** What « Vérifier » found: null before, 'ok', or the library's reason code. */
      check: string | null;
    };

/** « En attente d'horodatage », or who sealed the capture, when, and the device clock's offset. */
export function SealStatus({ seal, t, locale }: { seal: SealView; t: Translate; locale: Locale }) {
  if (seal.state === 'waiting')
    return (
      <p class="seal-status" role="status">
        <strong>{t('seal.waiting')}</strong>
        {seal.problem && ` : ${t(`seal.waitingWhy.${seal.problem}`)}`}
      </p>
    );
  const clock = clockText(seal.clockOffsetMs, seal.clockUncertaintyMs, t, locale);
  return (
    <div class="seal-status stack">
      <p>
        <strong>
          {t('seal.sealed', {
            authority: seal.authorityName,
            time: formatDateTime(seal.genTime, locale),
          })}
        </strong>
        {seal.eidasQualified && ` (${t('seal.qualified')})`}
      </p>
      <p>{clock}</p>
      {seal.later && <p class="muted">{t('seal.later')}</p>}
      {seal.check && (
        <p class={seal.check === 'ok' ? 'verdict-intact' : 'verdict-tampered'}>
          {seal.check === 'ok' ? t('seal.checkOk') : t('seal.checkFailed', { reason: seal.check })}
        </p>
      )}
    </div>
  );
}

/** « L'horloge de l'ordinateur avançait de 3 min », or was right within its uncertainty. */
export function clockText(
  offsetMs: number,
  uncertaintyMs: number,
  t: Translate,
  locale: Locale,
): string {
  const offset = Math.abs(offsetMs);
  return offset <= uncertaintyMs
    ? t('seal.clockRight', { offset: duration(uncertaintyMs, locale) })
    : t(offsetMs > 0 ? 'seal.clockAhead' : 'seal.clockBehind', {
        offset: duration(offset, locale),
      });
}

/** « 3 min », « 40 s », « 250 ms »: rounded to the unit that fits. */
export function duration(milliseconds: number, locale: Locale): string {
  const [value, unit] =
    milliseconds >= 60_000
      ? [Math.round(milliseconds / 60_000), 'minute']
      : milliseconds >= 1_000
        ? [Math.round(milliseconds / 1_000), 'second']
        : [Math.round(milliseconds), 'millisecond'];
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'unit',
    unit,
    unitDisplay: 'short',
  }).format(value);
}
