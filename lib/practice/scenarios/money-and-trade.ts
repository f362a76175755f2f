import type { Scenario } from '../scenario-schema';

/** Money and trafficking: sextortion, a scam, drugs for sale. */
export const MONEY_AND_TRADE: readonly Scenario[] = [
  {
    id: 'sextortion',
    title: { fr: 'Un chantage en message privé', en: 'Blackmail by private message' },
    setting: {
      fr: 'Tu as 15 ans. Un inconnu rencontré dans un jeu en ligne t’écrit en message privé sur Discord et te menace de diffuser une vidéo de toi si tu ne paies pas. Tu es la personne visée.',
      en: 'You are 15. A stranger you met in an online game writes to you by private message on Discord and threatens to spread a video of you unless you pay. You are the person targeted.',
    },
    scene: {
      platform: 'discord',
      address: 'https://discord.com/channels/@me/900000000000000003',
      heading: { fr: 'Lucas', en: 'Lucas' },
      placeholder: { fr: 'Image', en: 'Image' },
      posts: [
        {
          id: '900000000000000701',
          name: 'Lucas',
          handle: 'lucas_fictif',
          text: {
            fr: 'J’ai enregistré notre appel vidéo. Envoie 200 € en carte cadeau avant ce soir, sinon je l’envoie à tous tes contacts.',
            en: 'I recorded our video call. Send €200 in gift cards before tonight, or I send it to all your contacts.',
          },
          minutesAgo: 8,
          target: true,
        },
        {
          id: '900000000000000702',
          name: 'Lucas',
          handle: 'lucas_fictif',
          text: {
            fr: 'Tu as 2 heures. Ne le dis à personne.',
            en: 'You have 2 hours. Tell nobody.',
          },
          minutesAgo: 7,
        },
      ],
    },
    answers: {
      categoryId: 'scam',
      visibility: 'private',
      role: 'victim',
      minorInvolved: 'yes',
      immediateDanger: false,
      scam: true,
    },
    answerKey: ['thesee', 'e-enfance-3018'],
  },
  {
    id: 'scam',
    title: { fr: 'Une arnaque en commentaire', en: 'A scam in the comments' },
    setting: {
      fr: 'Sous une publication Instagram, un commentaire promet de multiplier ton argent. Tu es témoin, tu n’as rien payé.',
      en: 'Under an Instagram post, a comment promises to multiply your money. You are a witness and paid nothing.',
    },
    scene: {
      platform: 'instagram',
      address: 'https://www.instagram.com/p/EXERCICE01/',
      placeholder: { fr: 'Photo', en: 'Photo' },
      posts: [
        {
          id: '801',
          name: 'sport_fictif',
          handle: 'sport_fictif',
          text: { fr: 'Séance du matin terminée 💪', en: 'Morning workout done 💪' },
          minutesAgo: 300,
        },
        {
          id: '17900000000000802',
          name: 'gains_faciles',
          handle: 'gains_faciles',
          text: {
            fr: '🤑 J’ai transformé 100 € en 2 000 € en une semaine ! Écris à @crypto_rapide de ma part, places limitées.',
            en: '🤑 I turned €100 into €2,000 in one week! Message @crypto_rapide from me, places are limited.',
          },
          minutesAgo: 60,
          target: true,
        },
      ],
    },
    answers: {
      categoryId: 'scam',
      visibility: 'public',
      role: 'witness',
      minorInvolved: 'no',
      immediateDanger: false,
      scam: true,
    },
    answerKey: ['thesee'],
  },
  {
    id: 'weapons-or-drugs',
    title: { fr: 'Une vidéo qui vend de la drogue', en: 'A video selling drugs' },
    setting: {
      fr: 'Sur TikTok, une vidéo publique propose de la drogue avec livraison. Tu es témoin ; personne n’est en danger dans l’instant.',
      en: 'On TikTok, a public video offers drugs with delivery. You are a witness; nobody is in danger right now.',
    },
    scene: {
      platform: 'tiktok',
      address: 'https://www.tiktok.com/@livreur_fictif/video/7300000000000000901',
      placeholder: { fr: 'Vidéo (non affichée)', en: 'Video (not shown)' },
      posts: [
        {
          id: '7300000000000000901',
          name: 'Livraison Fictive',
          handle: 'livreur_fictif',
          text: {
            fr: 'Herbe et cachets, livraison en 30 min dans toute la ville 📦 commande en privé, paiement en crypto',
            en: 'Weed and pills, delivered in 30 min anywhere in town 📦 order by private message, pay in crypto',
          },
          minutesAgo: 240,
          target: true,
        },
        {
          id: '902',
          name: 'maman_inquiete',
          handle: 'maman_inquiete',
          text: { fr: 'Il y a des collégiens ici…', en: 'There are schoolkids on here…' },
          minutesAgo: 200,
        },
      ],
    },
    answers: {
      categoryId: 'illegal-trade',
      subChoiceId: 'drugs',
      visibility: 'public',
      role: 'witness',
      minorInvolved: 'no',
      immediateDanger: false,
      scam: false,
    },
    answerKey: ['pharos', 'platform-dsa'],
  },
];
