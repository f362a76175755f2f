import type { ChannelId, OfficialChannel } from './channel-schema';

/**
 * The official channels of REPORTING.md: what each takes and needs. Hours and anonymity are
 * given only where a source says them; elsewhere `unknown`, and the page says "see the site".
 */
export const OFFICIAL_CHANNELS: readonly OfficialChannel[] = [
  {
    id: 'emergency',
    name: '17 / 112 / 114',
    phones: [
      { number: '17', label: { fr: 'Police secours', en: 'Police' } },
      { number: '112', label: { fr: 'Urgences européennes', en: 'European emergency number' } },
      { number: '114', label: { fr: 'Urgences par SMS', en: 'Emergency by text message' } },
    ],
    accepts: {
      fr: 'Toute situation où quelqu’un est en danger maintenant.',
      en: 'Any situation where someone is in danger now.',
    },
    needs: {
      fr: 'Où se trouve la personne, ce qui se passe.',
      en: 'Where the person is, what is happening.',
    },
    hours: 'always',
    anonymity: 'unknown',
    form: 'phone',
  },
  {
    id: 'pharos',
    name: 'PHAROS',
    url: 'https://www.internet-signalement.gouv.fr/PharosS1/',
    phones: [],
    accepts: {
      fr: 'Les contenus illicites publics de l’internet, traités par des policiers et gendarmes.',
      en: 'Illegal public content on the internet, handled by police officers and gendarmes.',
    },
    needs: {
      fr: 'L’adresse du contenu, la date et l’heure, une description. Votre identité est facultative.',
      en: 'The content’s address, the date and time, a description. Your identity is optional.',
    },
    hours: 'online-form',
    anonymity: 'optional',
    form: 'fillable',
  },
  {
    id: 'thesee',
    name: 'THESEE',
    url: 'https://www.service-public.fr/particuliers/vosdroits/R45983',
    phones: [],
    accepts: {
      fr: 'Les arnaques en ligne, comptes piratés, chantages et sextorsions : signalement ou plainte.',
      en: 'Online scams, hacked accounts, blackmail and sextortion: a report or a complaint.',
    },
    needs: {
      fr: 'Les échanges, les adresses, les preuves de paiement éventuelles.',
      en: 'The messages, the addresses, any proof of payment.',
    },
    hours: 'online-form',
    anonymity: 'unknown',
    form: 'online',
  },
  {
    id: 'cyber17',
    name: '17Cyber',
    url: 'https://17cyber.gouv.fr',
    phones: [],
    accepts: {
      fr: 'Toute victime d’une infraction numérique : diagnostic, conseils, échange avec des policiers et gendarmes, orientation vers PHAROS, Perceval ou THESEE.',
      en: 'Any victim of a digital offence: diagnosis, advice, chat with police and gendarmes, referral to PHAROS, Perceval or THESEE.',
    },
    needs: { fr: 'Ce qui s’est passé, vos preuves.', en: 'What happened, your evidence.' },
    hours: 'unknown',
    anonymity: 'unknown',
    form: 'online',
  },
  {
    id: 'pnav',
    name: 'Arrêtons les violences (PNAV)',
    url: 'https://arretonslesviolences.gouv.fr',
    phones: [],
    accepts: {
      fr: 'Violences sexuelles et sexistes, cyberharcèlement, discriminations : un échange anonyme avec un policier ou un gendarme, qui vous oriente.',
      en: 'Sexual and sexist violence, cyber-harassment, discrimination: an anonymous chat with a police officer or gendarme who guides you.',
    },
    needs: {
      fr: 'Rien d’obligatoire ; vos preuves aident.',
      en: 'Nothing required; your evidence helps.',
    },
    hours: 'always',
    anonymity: 'anonymous',
    form: 'online',
  },
  {
    id: 'ma-securite',
    name: 'Ma Sécurité (plainte)',
    url: 'https://masecurite.interieur.gouv.fr',
    phones: [],
    accepts: {
      fr: 'Un échange avec la police ou la gendarmerie et le dépôt de plainte, par exemple pour un harcèlement par messages privés.',
      en: 'A chat with the police or gendarmerie and filing a complaint, for example for harassment by private messages.',
    },
    needs: {
      fr: 'Votre identité, les faits, vos preuves (l’export PDF de Témoin peut être joint).',
      en: 'Your identity, the facts, your evidence (Témoin’s PDF export can be attached).',
    },
    hours: 'always',
    anonymity: 'identified',
    form: 'online',
  },
  {
    id: 'plainte-en-ligne',
    name: 'Plainte en ligne',
    url: 'https://plainte-en-ligne.masecurite.interieur.gouv.fr',
    phones: [],
    accepts: {
      fr: 'Les atteintes aux biens dont l’auteur est inconnu, seulement.',
      en: 'Offences against property by an unknown offender, only.',
    },
    needs: { fr: 'Votre identité, les faits.', en: 'Your identity, the facts.' },
    hours: 'online-form',
    anonymity: 'identified',
    form: 'online',
  },
  {
    id: 'e-enfance-3018',
    name: '3018 (e-Enfance)',
    url: 'https://3018.fr',
    phones: [{ number: '3018', label: { fr: 'Appel gratuit', en: 'Free call' } }],
    accepts: {
      fr: 'Cyberharcèlement, images intimes diffusées, sextorsion, surtout pour les jeunes ; obtient vite le retrait auprès des plateformes.',
      en: 'Cyber-harassment, intimate images shared, sextortion, mainly for young people; gets platforms to remove content quickly.',
    },
    needs: {
      fr: 'Les adresses des contenus, vos captures.',
      en: 'The content’s addresses, your captures.',
    },
    hours: 'unknown',
    anonymity: 'unknown',
    form: 'phone',
  },
  {
    id: 'allo-119',
    name: '119 (Allô Enfance en danger)',
    url: 'https://allo119.gouv.fr',
    phones: [{ number: '119', label: { fr: 'Appel gratuit, 24 h/24', en: 'Free call, 24/7' } }],
    accepts: {
      fr: 'Un enfant en danger ou en risque de l’être.',
      en: 'A child in danger or at risk.',
    },
    needs: {
      fr: 'Ce que vous savez de l’enfant et de la situation.',
      en: 'What you know of the child and the situation.',
    },
    hours: 'always',
    anonymity: 'unknown',
    form: 'phone',
  },
  {
    id: 'perceval',
    name: 'Perceval',
    url: 'https://www.service-public.fr/particuliers/vosdroits/R46526',
    phones: [],
    accepts: {
      fr: 'Un paiement frauduleux par carte bancaire en ligne.',
      en: 'A fraudulent online card payment.',
    },
    needs: { fr: 'Vos relevés bancaires.', en: 'Your bank statements.' },
    hours: 'online-form',
    anonymity: 'unknown',
    form: 'online',
  },
  {
    id: 'signal-spam',
    name: 'Signal Spam / 33700',
    url: 'https://signal-spam.fr',
    phones: [
      {
        number: '33700',
        label: { fr: 'Transférez le SMS indésirable', en: 'Forward the unwanted text' },
      },
    ],
    accepts: {
      fr: 'Spam et hameçonnage ; les SMS indésirables au 33700.',
      en: 'Spam and phishing; unwanted texts to 33700.',
    },
    needs: { fr: 'Le message reçu.', en: 'The message received.' },
    hours: 'online-form',
    anonymity: 'unknown',
    form: 'online',
  },
  {
    id: 'point-de-contact',
    name: 'Point de Contact',
    url: 'https://pointdecontact.net',
    phones: [],
    accepts: {
      fr: 'Les contenus illicites, signalés par une association reconnue signaleur de confiance auprès des plateformes.',
      en: 'Illegal content, reported by an association recognised as a trusted flagger by platforms.',
    },
    needs: { fr: 'L’adresse du contenu.', en: 'The content’s address.' },
    hours: 'online-form',
    anonymity: 'unknown',
    form: 'online',
  },
  {
    id: 'platform-dsa',
    name: 'La plateforme (notification DSA)',
    phones: [],
    accepts: {
      fr: 'Une notification de contenu illicite (règlement européen sur les services numériques, art. 16), que la plateforme doit examiner.',
      en: 'A notice of illegal content (EU Digital Services Act, Art. 16), which the platform must examine.',
    },
    needs: {
      fr: 'L’adresse exacte, pourquoi c’est illicite, votre nom et courriel, une déclaration de bonne foi.',
      en: 'The exact address, why it is illegal, your name and e-mail, a statement of good faith.',
    },
    hours: 'online-form',
    anonymity: 'identified',
    form: 'notice',
  },
];

export function channelById(id: ChannelId): OfficialChannel {
  return OFFICIAL_CHANNELS.find((channel) => channel.id === id)!;
}

/** A channel's name for people; an id no longer in the table (an old record) stays as is. */
export function channelName(channelId: string): string {
  return OFFICIAL_CHANNELS.find((channel) => channel.id === channelId)?.name ?? channelId;
}
