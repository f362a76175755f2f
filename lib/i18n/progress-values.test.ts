import { translator } from './translate';
import { progressValues } from './progress-values';

describe('progressValues', () => {
  it.each([
    ['fr', 312, 1000, '312 / 1\u202f000 preuves · rapport PDF'],
    ['fr', 0, 1, '0 / 1 preuve · rapport PDF'],
    ['fr', 1, 2, '1 / 2 preuves · rapport PDF'],
    ['en', 1, 1, '1 / 1 capture · PDF report'],
    ['en', 999, 12345, '999 / 12,345 captures · PDF report'],
  ] as const)('%s: %i of %i → %s', (locale, done, total, text) => {
    const t = translator(locale);
    expect(
      t('library.exportCaptures', {
        ...progressValues(done, total, locale),
        phase: t('library.exportPhase.report'),
      }),
    ).toBe(text);
  });
});
