import type { ReportCategory } from '../category-schema';
import { CODE_PENAL, POSTAL_CODE, PUBLIC_HEALTH_CODE, law } from './law';

/** Categories about trafficking, cruelty to animals, scams and spam. */
export const TRADE_AND_FRAUD: readonly ReportCategory[] = [
  {
    id: 'illegal-trade',
    pharosLabel: 'Trafic illicite',
    pharosLabelVariants: ['Trafics illicites', 'Trafic'],
    label: { fr: 'Trafic de drogue ou d’armes', en: 'Drug or weapons trafficking' },
    explanation: {
      fr: 'La vente ou la promotion de drogues ou d’armes, par exemple des vidéos qui exhibent des armes et de la drogue pour vendre.',
      en: 'Selling or promoting drugs or weapons, for example videos flaunting weapons and drugs to sell them.',
    },
    examples: {
      fr: [
        'Un compte qui affiche ses prix et un numéro de livraison',
        'Une vidéo qui montre des armes à vendre',
      ],
      en: [
        'An account posting its prices and a delivery number',
        'A video showing weapons for sale',
      ],
    },
    laws: [
      law(PUBLIC_HEALTH_CODE, 'L3421-4', {
        fr: 'Provoquer à l’usage ou au trafic de stupéfiants, ou les présenter sous un jour favorable, est puni.',
        en: 'Inciting the use of or trade in drugs, or presenting them favourably, is punished.',
      }),
    ],
    subChoices: [
      {
        id: 'drugs',
        pharosLabel: 'Stupéfiants',
        pharosLabelVariants: ['Drogues', 'Trafic de stupéfiants'],
        label: { fr: 'Drogues', en: 'Drugs' },
      },
      {
        id: 'weapons',
        pharosLabel: 'Armes',
        pharosLabelVariants: ['Trafic d’armes', 'Vente d’armes'],
        label: { fr: 'Armes', en: 'Weapons' },
      },
    ],
    pharos: 'accepts',
    childAbuse: false,
    concerns: [],
  },
  {
    id: 'animal-cruelty',
    pharosLabel: 'Cruauté envers les animaux',
    pharosLabelVariants: ['Maltraitance animale', 'Cruauté envers un animal'],
    label: { fr: 'Cruauté envers les animaux', en: 'Cruelty to animals' },
    explanation: {
      fr: 'Des images ou vidéos de sévices infligés à un animal.',
      en: 'Pictures or videos of an animal being abused.',
    },
    examples: {
      fr: ['Une vidéo d’un animal torturé', 'Un appel à tuer les chats d’un quartier'],
      en: ['A video of an animal being tortured', 'A call to kill the cats of a neighbourhood'],
    },
    laws: [
      law(CODE_PENAL, '521-1', {
        fr: 'Les sévices graves et les actes de cruauté envers un animal sont punis.',
        en: 'Serious abuse of and cruelty to an animal are punished.',
      }),
    ],
    subChoices: [],
    pharos: 'accepts',
    childAbuse: false,
    concerns: [],
  },
  {
    id: 'scam',
    pharosLabel: 'Escroquerie',
    pharosLabelVariants: ['Escroqueries', 'Arnaque'],
    label: { fr: 'Arnaque, chantage', en: 'Scam, blackmail' },
    explanation: {
      fr: 'Une arnaque en ligne, un compte piraté, un chantage ou une sextorsion (menace de diffuser des images intimes contre de l’argent).',
      en: 'An online scam, a hacked account, blackmail or sextortion (a threat to spread intimate images for money).',
    },
    advice: {
      fr: 'Cela se signale sur THESEE, pas sur PHAROS.',
      en: 'It is reported on THESEE, not PHAROS.',
    },
    examples: {
      fr: [
        'Un faux vendeur qui disparaît après le paiement',
        '« Paie ou j’envoie tes photos à tes amis »',
      ],
      en: [
        'A fake seller who vanishes after payment',
        '“Pay or I send your photos to your friends”',
      ],
    },
    laws: [
      law(CODE_PENAL, '313-1', {
        fr: 'L’escroquerie est punie.',
        en: 'Fraud is punished.',
      }),
    ],
    subChoices: [],
    pharos: 'to-thesee',
    childAbuse: false,
    implies: { scam: true },
    concerns: ['scam'],
  },
  {
    id: 'spam',
    pharosLabel: 'Spam',
    pharosLabelVariants: ['Courriel indésirable', 'Pourriel'],
    label: { fr: 'Spam, hameçonnage', en: 'Spam, phishing' },
    explanation: {
      fr: 'Des messages publicitaires non sollicités, ou qui imitent une banque ou une administration pour voler vos données.',
      en: 'Unsolicited advertising, or messages imitating a bank or an administration to steal your data.',
    },
    examples: {
      fr: ['Un SMS « votre colis est bloqué, payez 1,99 € »', 'Un courriel qui imite votre banque'],
      en: ['A text “your parcel is held, pay €1.99”', 'An e-mail imitating your bank'],
    },
    laws: [
      law(POSTAL_CODE, 'L34-5', {
        fr: 'La prospection par courriel ou SMS sans consentement préalable est interdite.',
        en: 'Marketing by e-mail or text without prior consent is forbidden.',
      }),
    ],
    subChoices: [],
    pharos: 'accepts',
    childAbuse: false,
    concerns: ['spam'],
  },
];
