import type { ExtractionContext, PostExtractor } from './extractor';
import { extractPostWith, type ExtractedPost } from './extract-post-with';
import { EXTRACTORS } from './registry';

export type { ExtractedPost } from './extract-post-with';

/** Reads the right-clicked post with every platform's extractor at hand (see extractPostWith). */
export function extractPost(
  target: Element,
  context: ExtractionContext,
  extractors: readonly PostExtractor[] = EXTRACTORS,
): ExtractedPost | null {
  return extractPostWith(extractors, target, context);
}
