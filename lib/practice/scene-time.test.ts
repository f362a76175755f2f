import { resolveRelativeTime } from '../sites/relative-time';
import { clockLabel, relativeLabel } from './scene-time';

describe('scene times', () => {
  it.each([
    [0, 'fr', 'à l’instant'],
    [12, 'fr', 'il y a 12 min'],
    [125, 'fr', 'il y a 2 h'],
    [3000, 'fr', 'il y a 2 j'],
    [0, 'en', 'just now'],
    [12, 'en', '12 min ago'],
    [125, 'en', '2 h ago'],
    [3000, 'en', '2 d ago'],
  ] as const)(
    '%i minutes in %s: « %s », which the extractors read back',
    (minutes, locale, label) => {
      expect(relativeLabel(minutes, locale)).toBe(label);
      const now = new Date('2026-05-04T10:00:00Z');
      const read = resolveRelativeTime(label, now);
      expect(read?.kind).toBe('range');
      const posted = now.getTime() - minutes * 60_000;
      if (read?.kind === 'range') {
        expect(Date.parse(read.earliest)).toBeLessThanOrEqual(posted);
        expect(Date.parse(read.latest)).toBeGreaterThanOrEqual(posted);
      }
    },
  );

  it('writes a chat clock with two digits each', () => {
    expect(clockLabel(new Date(2026, 4, 4, 9, 5))).toBe('09:05');
  });
});
