import type { PostExtractor } from './extractor';
import { xExtractor } from './extractors/x';

/** Every platform's extractor. The generic one is not listed: it is the fallback. */
export const EXTRACTORS: readonly PostExtractor[] = [xExtractor];
