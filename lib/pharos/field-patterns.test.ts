import { fieldKeySchema } from '../messaging/fill-plan';
import { normalizeLabel } from '../form-filler/normalize-label';
import { NEVER_TOUCH_LABELS } from '../form-filler/never-touch';
import { PHAROS_PATTERNS } from './field-patterns';

const { fields, instants } = PHAROS_PATTERNS;

const phrases = [
  ...Object.entries(fields).flatMap(([key, patterns]) => [
    ...patterns.labels.map((phrase) => [key, phrase] as const),
    ...(patterns.unless ?? []).map((phrase) => [key, phrase] as const),
    ...(patterns.confirmedBy ?? []).map((phrase) => [key, phrase] as const),
    ...(patterns.unlessAround ?? []).map((phrase) => [key, phrase] as const),
  ]),
  ...Object.entries(instants).flatMap(([kind, words]: [string, readonly string[]]) =>
    words.map((word) => [`instant ${kind}`, word] as const),
  ),
];

describe('PHAROS_PATTERNS', () => {
  it('recognizes every field key: by phrases, or a date or time by its moment', () => {
    for (const key of fieldKeySchema.options) {
      const patterns = fields[key];
      if (patterns.kind === 'date' || patterns.kind === 'time') {
        expect(patterns.instant, key).toBeDefined();
      } else {
        expect(patterns.labels.length, key).toBeGreaterThan(0);
      }
    }
  });

  it.each(phrases)('%s: %j is written as normalizeLabel writes it', (_key, phrase) => {
    expect(normalizeLabel(phrase)).toBe(phrase);
  });

  it.each(NEVER_TOUCH_LABELS)('never-touch %j is normalized', (phrase) => {
    expect(normalizeLabel(phrase)).toBe(phrase);
  });

  it.each(Object.entries(fields))('%s lists each phrase once', (_key, patterns) => {
    expect(new Set(patterns.labels).size).toBe(patterns.labels.length);
  });

  it('never lets a word name both moments', () => {
    expect(instants.published.filter((word) => instants.observed.includes(word))).toEqual([]);
  });
});
