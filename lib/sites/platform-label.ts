import { EXTRACTORS } from './registry';

/** A platform's name for people ("X (Twitter)", "Mastodon"), from its extractor. */
export function platformLabel(platform: string | undefined): string | undefined {
  return EXTRACTORS.find((extractor) => extractor.platform === platform)?.label;
}
