import type { Translate } from '../../../lib/i18n/translate';

/** Offers to let Témoin crop posts on the current site, which needs the user's permission. */
export function SiteOffer({
  host,
  enabled,
  t,
  onEnable,
}: {
  host: string;
  enabled: boolean;
  t: Translate;
  onEnable: () => void;
}) {
  if (enabled) return <p class="notice success">{t('popup.siteEnabled', { site: host })}</p>;
  return (
    <div class="notice">
      <p>{t('popup.enableSiteHelp')}</p>
      <button type="button" onClick={onEnable}>
        {t('popup.enableSite', { site: host })}
      </button>
    </div>
  );
}
