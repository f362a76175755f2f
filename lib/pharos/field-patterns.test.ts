import { fieldKeySchema } from '../messaging/fill-plan';
import { normalizeLabel } from '../form-filler/normalize-label';
import { NEVER_TOUCH_LABELS } from '../form-filler/never-touch';
import { PHAROS_FIELD_PATTERNS } from './field-patterns';

const phrases = Object.entries(PHAROS_FIELD_PATTERNS).flatMap(([key, patterns]) => [
  ...patterns.labels.map((phrase) => [key, phrase] as const),
  ...(patterns.unless ?? []).map((phrase) => [key, phrase] as const),
]);

describe('PHAROS_FIELD_PATTERNS', () => {
  it('has patterns for every field key', () => {
    for (const key of fieldKeySchema.options) {
      expect(PHAROS_FIELD_PATTERNS[key].labels.length, key).toBeGreaterThan(0);
    }
  });

  it.each(phrases)('%s: %j is written as normalizeLabel writes it', (_key, phrase) => {
    expect(normalizeLabel(phrase)).toBe(phrase);
  });

  it.each(NEVER_TOUCH_LABELS)('never-touch %j is normalized', (phrase) => {
    expect(normalizeLabel(phrase)).toBe(phrase);
  });

  it.each(Object.entries(PHAROS_FIELD_PATTERNS))('%s lists each phrase once', (_key, patterns) => {
    expect(new Set(patterns.labels).size).toBe(patterns.labels.length);
  });
});
