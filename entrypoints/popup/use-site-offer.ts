import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isSupportedSite } from '../../lib/sites/supported-sites';

interface Offer {
  host: string;
  origin: string;
  enabled: boolean;
}

/**
 * On a web site where the page agent does not run by default, offers to enable post
 * cropping there. The permission request must come from the click itself.
 */
export function useSiteOffer() {
  const [offer, setOffer] = useState<Offer | null>(null);
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const url = tab?.url ? new URL(tab.url) : null;
      if (!url || !/^https?:$/.test(url.protocol) || isSupportedSite(url)) return;
      const enabled = await browser.permissions.contains({ origins: [`${url.origin}/*`] });
      setOffer({ host: url.hostname, origin: url.origin, enabled });
    })();
  }, []);

  return {
    offer: offer && { host: offer.host, enabled: offer.enabled },
    async enable() {
      if (!offer) return;
      // The background enables the site when the permission arrives; Chrome may close the
      // popup while its prompt is shown, so nothing else depends on this page surviving.
      const granted = await browser.permissions.request({ origins: [`${offer.origin}/*`] });
      setOffer({ ...offer, enabled: granted });
    },
  };
}
