import { genericExtractor } from './extractors/generic';
import { PLATFORM_LABELS } from './platform-names';
import { EXTRACTORS } from './registry';

it('names every platform as its extractor does (the generic one included), and no other', () => {
  expect(PLATFORM_LABELS).toEqual(
    Object.fromEntries(
      [...EXTRACTORS, genericExtractor].map((extractor) => [extractor.platform, extractor.label]),
    ),
  );
});
