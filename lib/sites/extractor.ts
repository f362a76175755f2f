import type { PostDetails, PostKind, PublicationTime } from './post-details';

export interface ExtractionContext {
  document: Document;
  url: URL;
  /** The capture time, against which relative labels are resolved. */
  now: Date;
}

/** What an extractor reads from one post; the shared code fills in the rest. */
export type ExtractedFields = Partial<Omit<PostDetails, 'platform' | 'extractor' | 'missing'>> & {
  kind?: PostKind;
  published?: PublicationTime;
};

/**
 * One platform's knowledge: which pages are its own, which element is a post, comment or
 * chat line, and how to read it. Selectors live as data at the top of each extractor's file,
 * with the number of matches each of its fixtures must give.
 */
export interface PostExtractor {
  platform: string;
  label: string;
  /** Whether a page belongs to this platform (Mastodon is recognised by its markup). */
  handles(url: URL, document: Document): boolean;
  /** The post, comment or chat line holding the right-clicked element, if any. */
  container(target: Element): Element | null;
  extract(container: Element, context: ExtractionContext): ExtractedFields;
  /** Selector name → selector, checked against the fixtures. */
  selectors: Readonly<Record<string, string>>;
  /** Fixture name → selector name → how many matches that fixture must give. */
  fixtureMatches: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Whether a host is one of the platform's hosts or their subdomains. */
export function hostIs(url: URL, ...hosts: string[]): boolean {
  return hosts.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`));
}
