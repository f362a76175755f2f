export interface SupportedSite {
  id: string;
  label: string;
  /** Host names, each also covering its subdomains. */
  hosts: readonly string[];
}

/**
 * The social sites where the page agent runs from the start, so the post under a right-click
 * can be cropped. Anywhere else it runs only after a user gesture, or on sites the user
 * enables (a Mastodon instance, a forum). Plain data, validated by its test: the content
 * script's bundle imports this file and must stay small.
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

/** Match patterns for the page agent: each host and its subdomains, over HTTPS. */
export function supportedSiteMatches(sites: readonly SupportedSite[] = SUPPORTED_SITES): string[] {
  return sites.flatMap((site) => site.hosts.map((host) => `https://*.${host}/*`));
}
