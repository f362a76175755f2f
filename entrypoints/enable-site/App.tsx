import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { translator } from '../../lib/i18n/translate';
import { uiLocale } from '../../lib/i18n/ui-locale';

type State = 'asking' | 'granted' | 'refused';

/** The site named in the address (`#origin=https://mastodon.social`), if it is a web site. */
function siteOf(hash: string): URL | null {
  try {
    const url = new URL(new URLSearchParams(hash.slice(1)).get('origin') ?? '');
    return /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/**
 * The small window the capture's confirmation opens to enable a site recognised by its
 * markup. The browser asks for a site's permission only from a click in an extension page: the
 * confirmation, a content script, cannot ask itself. The background enables the site when the
 * permission arrives.
 */
export function EnableSiteApp() {
  const locale = uiLocale();
  const t = useMemo(() => translator(locale), [locale]);
  const site = useMemo(() => siteOf(location.hash), []);
  const [state, setState] = useState<State>('asking');

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = site ? t('enableSite.title', { site: site.host }) : t('enableSite.none');
  }, [locale, site, t]);

  if (!site) return <main class="stack">{t('enableSite.none')}</main>;
  const host = site.host;
  return (
    <main class="stack" style={{ maxWidth: '32rem' }}>
      <h1>{t('enableSite.title', { site: host })}</h1>
      {state === 'asking' ? (
        <>
          <p>{t('enableSite.explain', { site: host })}</p>
          <div class="row wrap">
            <button
              type="button"
              class="primary"
              autoFocus
              onClick={async () => {
                const granted = await browser.permissions.request({
                  origins: [`${site.origin}/*`],
                });
                setState(granted ? 'granted' : 'refused');
              }}
            >
              {t('enableSite.allow', { site: host })}
            </button>
            <button type="button" onClick={() => window.close()}>
              {t('enableSite.cancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p role="status" class={`notice ${state === 'granted' ? 'success' : ''}`}>
            {state === 'granted'
              ? t('enableSite.granted', { site: host })
              : t('enableSite.refused')}
          </p>
          <div class="row">
            <button type="button" onClick={() => window.close()}>
              {t('enableSite.close')}
            </button>
          </div>
        </>
      )}
    </main>
  );
}
