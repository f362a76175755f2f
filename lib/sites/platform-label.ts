import { PLATFORM_LABELS } from './platform-labels';

/** A platform's name for people ("X (Twitter)", "Mastodon"). */
export function platformLabel(platform: string | undefined): string | undefined {
  return platform === undefined ? undefined : PLATFORM_LABELS[platform];
}
