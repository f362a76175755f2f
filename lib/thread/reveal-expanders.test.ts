// @vitest-environment happy-dom
import { REVEAL_PLATFORMS } from './reveal-platforms';
import { DENIED_NAMES, EXPANDERS, REVEAL_AREAS } from './reveal-expanders';

const whole = (source: string) => new RegExp(`^(?:${source})$`, 'iu');

/** What Témoin must never click, in the platforms' own words. */
const NEVER = [
  'Signaler',
  'Signaler le commentaire',
  'Report post',
  'Report',
  'Bloquer @compte_3',
  'Block',
  'Masquer',
  'Hide',
  'J’aime',
  "J'aime",
  'Like',
  '12 likes',
  'Follow',
  'Suivre',
  'S’abonner',
  'Subscribe',
  'Partager',
  'Share',
  'Repost',
  'Supprimer',
  'Répondre',
  'Reply',
  'Upvote',
  'Je ne suis pas un robot',
  'reCAPTCHA',
  'Épingler',
];

describe('the expanders « Révéler tout » clicks', () => {
  it('has unique ids and at least one expander per platform the setting offers', () => {
    const ids = EXPANDERS.map((expander) => expander.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const platform of REVEAL_PLATFORMS) {
      expect(EXPANDERS.some((expander) => expander.platform === platform)).toBe(true);
      for (const selector of REVEAL_AREAS[platform]) {
        expect(() => document.querySelector(selector)).not.toThrow();
      }
    }
  });

  it.each(EXPANDERS.map((expander) => [expander.id, expander] as const))(
    '%s matches its examples, none of which is denied',
    (_id, expander) => {
      const names = [
        ...expander.examples.map((example) => [expander.name, example] as const),
        ...(expander.kind === 'menu'
          ? expander.choiceExamples.map((example) => [expander.choice, example] as const)
          : []),
      ];
      for (const [source, example] of names) {
        expect(whole(source).test(example), example).toBe(true);
        expect(DENIED_NAMES.test(example), example).toBe(false);
      }
      // French and English both.
      expect(
        expander.examples.some((example) => /[éèàù]|\b(les|des|plus|réponses?)\b/i.test(example)),
      ).toBe(true);
      expect(
        expander.examples.some((example) =>
          /\b(show|view|most|more|replies|sort|load|expand|newest)\b/i.test(example),
        ),
      ).toBe(true);
    },
  );

  it.each(NEVER)('never clicks « %s »: denied, and no expander takes it', (name) => {
    expect(DENIED_NAMES.test(name)).toBe(true);
    for (const expander of EXPANDERS) {
      expect(whole(expander.name).test(name)).toBe(false);
      if (expander.kind === 'menu') expect(whole(expander.choice).test(name)).toBe(false);
    }
  });
});
