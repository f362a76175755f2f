import type { PostExtractor } from './extractor';

// Each file in extractors/ that exports `extractor` is a platform: adding a platform is adding
// its file (and its fixtures, which the meta-test asks for).
const modules = import.meta.glob<{ extractor?: PostExtractor }>(
  ['./extractors/*.ts', '!./extractors/*.test.ts'],
  { eager: true },
);

/** Every platform's extractor, in a stable order. The generic one is the fallback, not listed. */
export const EXTRACTORS: readonly PostExtractor[] = Object.keys(modules)
  .sort()
  .flatMap((file) => (modules[file]!.extractor ? [modules[file]!.extractor] : []));
