import browser from 'webextension-polyfill';
import { formatDateTime, type Locale, type Translate } from '../i18n/translate';
import type { PageReport } from '../messaging/page-channel';
import { platformLabel } from '../sites/platform-names';
import type { PostDetails } from '../sites/post-details';
import { isSupportedSite } from '../sites/supported-sites';

const EXCERPT_LENGTH = 80;

/**
 * The confirmation's offer to enable a site whose markup showed a known platform (a Mastodon
 * instance, say), when the capture went through activeTab alone: what it would have recorded
 * and the button. Nothing on supported sites, sites already granted, or other pages.
 */
export async function siteOffer(
  pageUrl: string,
  recognized: PageReport['recognized'],
  t: Translate,
  locale: Locale,
) {
  if (!recognized) return undefined;
  const url = new URL(pageUrl);
  if (!/^https?:$/.test(url.protocol) || isSupportedSite(url)) return undefined;
  if (await browser.permissions.contains({ origins: [`${url.origin}/*`] })) return undefined;
  const site = url.host;
  const post = recognized.post && postSummary(recognized.post, locale);
  return {
    text: t('offer.recognized', {
      platform: platformLabel(recognized.platform) ?? recognized.platform,
      site,
    }),
    preview: post ? t('offer.preview', { post }) : t('offer.fields'),
    enableLabel: t('offer.enable', { site }),
  };
}

/** Author, an excerpt of the text, the time: what a person recognises a post by. */
export function postSummary(post: PostDetails, locale: Locale): string | undefined {
  const text = post.text?.replace(/\s+/g, ' ').trim();
  const excerpt =
    text && text.length > EXCERPT_LENGTH
      ? `${text.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')}…`
      : text;
  const time =
    post.published.kind === 'absolute'
      ? formatDateTime(post.published.at, locale)
      : post.published.label;
  const parts = [
    post.authorHandle ?? post.authorName,
    excerpt && (locale === 'fr' ? `« ${excerpt} »` : `“${excerpt}”`),
    time,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
