import type { Scenario } from '../scenario-schema';

/** What is said against people: hate in public, insults in a private group. */
export const WORDS_THAT_HURT: readonly Scenario[] = [
  {
    id: 'hate',
    title: { fr: 'Un commentaire haineux', en: 'A hateful comment' },
    setting: {
      fr: 'Sous une vidéo YouTube de recettes, un commentaire public s’en prend aux personnes d’une origine. Tu es témoin ; personne de mineur n’est visé.',
      en: 'Under a YouTube cooking video, a public comment attacks people of some origin. You are a witness; no minor is targeted.',
    },
    scene: {
      platform: 'youtube',
      address: 'https://www.youtube.com/watch?v=exercice_01',
      heading: { fr: 'Couscous de ma grand-mère 🍲', en: 'My grandmother’s couscous 🍲' },
      placeholder: { fr: 'Vidéo', en: 'Video' },
      posts: [
        {
          id: '501',
          name: '@cuisine_fictive',
          handle: 'cuisine_fictive',
          text: {
            fr: 'Merci pour la recette, je teste ce soir !',
            en: 'Thanks for the recipe, trying it tonight!',
          },
          minutesAgo: 600,
        },
        {
          id: '502',
          name: '@haineux_fictif',
          handle: 'haineux_fictif',
          text: {
            fr: 'Les gens de cette origine n’ont rien à faire ici. Il faudrait tous les chasser du pays.',
            en: 'People of that origin have no place here. They should all be driven out of the country.',
          },
          minutesAgo: 180,
          target: true,
        },
      ],
    },
    answers: {
      categoryId: 'hate-or-discrimination',
      subChoiceId: 'racial-hatred',
      visibility: 'public',
      role: 'witness',
      minorInvolved: 'no',
      immediateDanger: false,
      scam: false,
    },
    answerKey: ['pharos', 'platform-dsa'],
  },
  {
    id: 'private-insult',
    title: { fr: 'Des insultes dans un groupe privé', en: 'Insults in a private group' },
    setting: {
      fr: 'Tu es Noé, 13 ans. Dans un serveur Discord privé de ta classe, des élèves t’insultent. Tu es la personne visée ; personne n’est en danger dans l’instant.',
      en: 'You are Noé, 13. In your class’s private Discord server, pupils insult you. You are the person targeted; nobody is in danger right now.',
    },
    scene: {
      platform: 'discord',
      address: 'https://discord.com/channels/900000000000000001/900000000000000002',
      heading: { fr: 'classe-4b-prive', en: 'class-8b-private' },
      placeholder: { fr: 'Image', en: 'Image' },
      posts: [
        {
          id: '900000000000000601',
          name: 'Yanis',
          handle: 'yanis_fictif',
          text: { fr: 'vous avez vu la coupe de Noé 😂😂', en: 'did you see Noé’s haircut 😂😂' },
          minutesAgo: 40,
        },
        {
          id: '900000000000000602',
          name: 'Kenza',
          handle: 'kenza_fictive',
          text: {
            fr: '@Noé t’es qu’un bouffon, personne veut de toi dans cette classe',
            en: '@Noé you are just a clown, nobody wants you in this class',
          },
          minutesAgo: 35,
          target: true,
        },
        {
          id: '900000000000000603',
          name: 'Yanis',
          handle: 'yanis_fictif',
          text: { fr: 'mdr il va pleurer', en: 'lol he is going to cry' },
          minutesAgo: 34,
        },
      ],
    },
    answers: {
      categoryId: 'insult-or-defamation',
      visibility: 'private',
      role: 'victim',
      minorInvolved: 'yes',
      immediateDanger: false,
      scam: false,
    },
    answerKey: ['ma-securite', 'pnav', 'e-enfance-3018', 'cyber17'],
  },
];
