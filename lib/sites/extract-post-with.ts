import type { ExtractedFields, ExtractionContext, PostExtractor } from './extractor';
import { genericExtractor } from './extractors/generic';
import { textOf } from './extractors/read';
import { EXPECTED_FIELDS, type PostDetails } from './post-details';

export interface ExtractedPost {
  container: Element;
  details: PostDetails;
}

/**
 * Reads the right-clicked post with its platform's extractor among `extractors` (the page
 * agent injected into a page carries only that page's platform's), falling back to the generic
 * one for the post itself or for the fields the platform's did not find. Never throws: on
 * markup it does not understand, it says which fields are missing.
 */
export function extractPostWith(
  extractors: readonly PostExtractor[],
  target: Element,
  context: ExtractionContext,
): ExtractedPost | null {
  const platform = safely(() =>
    extractors.find((candidate) => candidate.handles(context.url, context.document)),
  );
  const own = platform ? safely(() => platform.container(target)) : undefined;
  const container = own ?? safely(() => genericExtractor.container(target));
  if (!container) return null;
  const ownFields = own && platform ? safely(() => platform.extract(own, context)) : undefined;
  const {
    title: pageTitle,
    text: wholeText,
    ...fallback
  } = safely(() => genericExtractor.extract(container, context)) ?? {};
  // The page's own title describes the page, not a comment a platform's extractor recognised;
  // and a post its extractor read without a text has none: the text of everything in its
  // container (author line, counters, a quoted post) is no stand-in.
  const fields: ExtractedFields = {
    ...fallback,
    ...(ownFields
      ? { text: safely(() => textOf(container, genericExtractor.selectors.text!)) }
      : { title: pageTitle, text: wholeText }),
    ...withoutEmpty(ownFields ?? {}),
  };
  const published = fields.published ?? { kind: 'unknown' as const };
  const details: PostDetails = {
    ...withoutEmpty(fields),
    platform: platform?.platform ?? genericExtractor.platform,
    extractor: ownFields ? platform!.platform : genericExtractor.platform,
    kind: fields.kind ?? 'post',
    published,
    mediaUrls: fields.mediaUrls ?? [],
    missing: EXPECTED_FIELDS.filter((field) =>
      field === 'published' ? published.kind === 'unknown' : !fields[field],
    ),
  };
  return { container, details };
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read() ?? undefined;
  } catch {
    return undefined;
  }
}

/** Drops fields an extractor left undefined or empty, so they do not hide the fallback's. */
function withoutEmpty<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<T>;
}
