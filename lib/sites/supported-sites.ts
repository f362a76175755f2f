import { hostIs } from './extractor';

export interface SupportedSite {
  id: string;
  label: string;
  /** Host names, each also covering its subdomains. */
  hosts: readonly string[];
}

/**
 * The social sites where the right-click recorder runs from the start, so the post under a
 * right-click can be read and cropped. Anywhere else the page agent runs only after a user
 * gesture, or on sites the user enables (a Mastodon instance, a forum). Plain data, validated
 * by its test.
 */
export const SUPPORTED_SITES: readonly SupportedSite[] = [
  { id: 'x', label: 'X (Twitter)', hosts: ['x.com', 'twitter.com'] },
  { id: 'facebook', label: 'Facebook', hosts: ['facebook.com'] },
  { id: 'instagram', label: 'Instagram', hosts: ['instagram.com'] },
  { id: 'tiktok', label: 'TikTok', hosts: ['tiktok.com'] },
  { id: 'youtube', label: 'YouTube', hosts: ['youtube.com'] },
  { id: 'twitch', label: 'Twitch', hosts: ['twitch.tv'] },
  { id: 'reddit', label: 'Reddit', hosts: ['reddit.com'] },
  { id: 'discord', label: 'Discord', hosts: ['discord.com'] },
  { id: 'telegram', label: 'Telegram Web', hosts: ['web.telegram.org'] },
  { id: 'bluesky', label: 'Bluesky', hosts: ['bsky.app'] },
  { id: 'snapchat', label: 'Snapchat', hosts: ['snapchat.com'] },
];

/** Match patterns for the right-click recorder: each host and its subdomains, over HTTPS. */
export function supportedSiteMatches(sites: readonly SupportedSite[] = SUPPORTED_SITES): string[] {
  return sites.flatMap((site) => site.hosts.map((host) => `https://*.${host}/*`));
}

/** Whether an address is on one of the supported sites (or their subdomains). */
export function isSupportedSite(
  url: URL,
  sites: readonly SupportedSite[] = SUPPORTED_SITES,
): boolean {
  return sites.some((site) => hostIs(url, ...site.hosts));
}
