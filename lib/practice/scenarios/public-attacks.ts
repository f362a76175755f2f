import type { Scenario } from '../scenario-schema';

/** Public posts aimed at a person: a threat, a raid on a streamer, a home address thrown out. */
export const PUBLIC_ATTACKS: readonly Scenario[] = [
  {
    id: 'threat',
    title: { fr: 'Une menace sur X', en: 'A threat on X' },
    setting: {
      fr: 'Sur X, un compte public menace Inès, une élève de ta classe (14 ans). Tu vois passer le message : tu es témoin. Personne n’est en danger dans l’instant.',
      en: 'On X, a public account threatens Inès, a 14-year-old in your class. You see the post: you are a witness. Nobody is in danger right now.',
    },
    scene: {
      platform: 'x',
      address: 'https://x.com/home',
      placeholder: { fr: 'Photo', en: 'Photo' },
      posts: [
        {
          id: '1900000000000000101',
          name: 'Le Bavard',
          handle: 'bavard_fictif',
          text: {
            fr: '@ines_fictive on sait où tu habites. Fais gaffe à toi demain à la sortie du collège.',
            en: '@ines_fictive we know where you live. Watch yourself tomorrow outside school.',
          },
          minutesAgo: 12,
          target: true,
        },
        {
          id: '1900000000000000102',
          name: 'Sam',
          handle: 'sam_fictif',
          text: {
            fr: '@bavard_fictif arrête, c’est grave ce que tu écris.',
            en: '@bavard_fictif stop it, what you are writing is serious.',
          },
          minutesAgo: 5,
        },
      ],
    },
    answers: {
      categoryId: 'threats-or-violence',
      visibility: 'public',
      role: 'witness',
      minorInvolved: 'yes',
      immediateDanger: false,
      scam: false,
    },
    answerKey: ['pharos', 'e-enfance-3018', 'platform-dsa'],
  },
  {
    id: 'raid',
    title: { fr: 'Un raid sur une streameuse', en: 'A raid on a streamer' },
    setting: {
      fr: 'Tu regardes le direct de Léa sur Twitch. D’un coup, des dizaines de comptes arrivent ensemble dans le chat pour l’insulter et la menacer. Tu es témoin, Léa est adulte.',
      en: 'You are watching Léa’s live stream on Twitch. Suddenly dozens of accounts arrive in the chat together to insult and threaten her. You are a witness; Léa is an adult.',
    },
    scene: {
      platform: 'twitch',
      address: 'https://www.twitch.tv/lea_joue_fictive',
      heading: { fr: 'Soirée jeux de gestion 🌱', en: 'Cosy games night 🌱' },
      placeholder: { fr: 'Vidéo du direct', en: 'Live video' },
      posts: [
        {
          id: '301',
          name: 'spectateur_42',
          handle: 'spectateur_42',
          text: { fr: 'gg pour la partie !', en: 'gg for the game!' },
          minutesAgo: 3,
        },
        {
          id: '302',
          name: 'raid_fictif_01',
          handle: 'raid_fictif_01',
          text: {
            fr: 'on est 200 à venir pour toi ce soir 😈 tu vas arrêter le stream',
            en: 'there are 200 of us coming for you tonight 😈 you will stop streaming',
          },
          minutesAgo: 2,
          target: true,
        },
        {
          id: '303',
          name: 'raid_fictif_02',
          handle: 'raid_fictif_02',
          text: { fr: 'retourne en cuisine', en: 'get back to the kitchen' },
          minutesAgo: 2,
        },
        {
          id: '304',
          name: 'raid_fictif_03',
          handle: 'raid_fictif_03',
          text: {
            fr: 'on sait où tu streames, on passera te voir',
            en: 'we know where you stream from, we will drop by',
          },
          minutesAgo: 1,
        },
        {
          id: '305',
          name: 'modo_fictive',
          handle: 'modo_fictive',
          text: {
            fr: 'Chat en mode abonnés. Restez calmes.',
            en: 'Chat is subscribers-only. Stay calm.',
          },
          minutesAgo: 0,
        },
      ],
    },
    answers: {
      categoryId: 'threats-or-violence',
      visibility: 'public',
      role: 'witness',
      minorInvolved: 'no',
      immediateDanger: false,
      scam: false,
    },
    answerKey: ['pharos', 'platform-dsa'],
  },
  {
    id: 'doxxing',
    title: { fr: 'Une adresse jetée en public', en: 'A home address thrown out in public' },
    setting: {
      fr: 'Sur un forum Reddit, quelqu’un publie l’adresse d’une streameuse et appelle à aller la voir. Tu es témoin. La streameuse est adulte ; rien n’indique qu’on soit en route.',
      en: 'On a Reddit forum, someone posts a streamer’s home address and calls on people to go and see her. You are a witness. The streamer is an adult; nothing says anyone is on the way.',
    },
    scene: {
      platform: 'reddit',
      address: 'https://www.reddit.com/r/jeux_fictifs/comments/ex0doxx/',
      heading: {
        fr: 'J’ai trouvé où habite la streameuse « Léa »',
        en: 'I found where the streamer “Léa” lives',
      },
      placeholder: { fr: 'Image', en: 'Image' },
      posts: [
        {
          id: '401',
          name: 'anonyme_fictif',
          handle: 'anonyme_fictif',
          text: {
            fr: 'C’est au 12 rue des Exemples, à Villefictive. On devrait tous aller l’attendre à la sortie de son travail, elle comprendra.',
            en: 'It is 12 Example Street, Fictionville. We should all go and wait for her when she leaves work, she will get it.',
          },
          minutesAgo: 120,
          target: true,
        },
        {
          id: '402',
          name: 'voisin_fictif',
          handle: 'voisin_fictif',
          text: {
            fr: 'Signalé. Publier l’adresse de quelqu’un, c’est le mettre en danger.',
            en: 'Reported. Posting someone’s address puts them in danger.',
          },
          minutesAgo: 90,
        },
      ],
    },
    answers: {
      categoryId: 'threats-or-violence',
      visibility: 'public',
      role: 'witness',
      minorInvolved: 'no',
      immediateDanger: false,
      scam: false,
    },
    answerKey: ['pharos', 'platform-dsa'],
  },
];
