import type { Scenario } from '../scenario-schema';

/**
 * A report about a child with no image at all: the scene shows a neutral box where the video
 * would be, and words only. Nobody keeps or shares such images, even to report them.
 */
export const CHILD_ABUSE: Scenario = {
  id: 'child-abuse',
  title: { fr: 'Un adulte qui approche une mineure', en: 'An adult approaching a minor' },
  setting: {
    fr: 'Sous la vidéo publique d’une collégienne, un adulte inconnu lui demande des photos en échange de cadeaux. Tu es témoin. Dans un vrai cas, on ne garde et on ne partage aucune image : cet exercice n’en montre aucune.',
    en: 'Under a schoolgirl’s public video, an unknown adult asks her for photos in exchange for gifts. You are a witness. In a real case nobody keeps or shares any image: this exercise shows none.',
  },
  scene: {
    platform: 'tiktok',
    address: 'https://www.tiktok.com/@eleve_fictive/video/7300000000000001001',
    placeholder: {
      fr: 'Aucune image dans cet exercice',
      en: 'No image in this exercise',
    },
    posts: [
      {
        id: '7300000000000001001',
        name: 'Élève fictive',
        handle: 'eleve_fictive',
        text: { fr: 'Ma choré pour la fête du collège 💃', en: 'My dance for the school party 💃' },
        minutesAgo: 1440,
      },
      {
        id: '1002',
        name: 'Cadeaux Fictifs',
        handle: 'cadeaux_fictifs',
        text: {
          fr: 'T’as quel âge ? 😏 Écris-moi en privé, je t’offre des cadeaux si tu m’envoies des photos de toi.',
          en: 'How old are you? 😏 Message me privately, I will give you presents if you send me photos of yourself.',
        },
        minutesAgo: 45,
        target: true,
      },
    ],
  },
  answers: {
    categoryId: 'child-abuse',
    subChoiceId: 'sexual-solicitation-of-minor',
    visibility: 'public',
    role: 'witness',
    minorInvolved: 'yes',
    immediateDanger: false,
    scam: false,
  },
  answerKey: ['pharos', 'e-enfance-3018', 'allo-119', 'point-de-contact'],
};
