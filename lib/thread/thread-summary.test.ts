import { translator } from '../i18n/translate';
import { threadSummary } from './thread-summary';

describe('the thread’s summary', () => {
  it.each([
    ['fr', 212, 240, '212 messages capturés sur 240 annoncés, en 58 écrans'],
    ['fr', 1, 1, '1 message capturé sur 1 annoncé, en 58 écrans'],
    ['fr', 0, 240, '0 message capturé sur 240 annoncés'],
    ['en', 212, 240, '212 messages captured out of 240 announced, in 58 screens'],
    ['en', 1, 240, '1 message captured out of 240 announced'],
  ] as const)('says in %s: %s of %s announced', (locale, posts, announced, expected) => {
    expect(threadSummary(translator(locale), { posts, screens: 58, announced })).toContain(
      expected,
    );
  });

  it('says the posts and screens alone when the page announced nothing', () => {
    expect(threadSummary(translator('fr'), { posts: 45, screens: 4 })).toBe(
      '45 messages capturés sur 4 écrans, chacun avec son empreinte SHA-256.',
    );
  });
});
