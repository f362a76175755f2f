/**
 * The platforms' names for people, without their extractors: pages that only name platforms
 * (the library, the detail view) then load none of the extraction code. A test keeps this
 * table the same as the extractors' own labels.
 */
export const PLATFORM_LABELS: Readonly<Record<string, string>> = {
  x: 'X (Twitter)',
  facebook: 'Facebook',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  twitch: 'Twitch',
  reddit: 'Reddit',
  discord: 'Discord',
  telegram: 'Telegram Web',
  snapchat: 'Snapchat',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  web: 'Web',
};

/** A platform's name for people ("X (Twitter)", "Mastodon"). */
export function platformLabel(platform: string | undefined): string | undefined {
  return platform === undefined ? undefined : PLATFORM_LABELS[platform];
}
