import type { ReportCategory } from '../category-schema';
import { CODE_PENAL, DOXXING, law } from './law';

/** Categories about harm to people: danger, terrorism, threats, child sexual abuse. */
export const AGAINST_PEOPLE: readonly ReportCategory[] = [
  {
    id: 'danger-to-people',
    pharosLabel: 'Mise en danger des personnes',
    pharosLabelVariants: ['Mise en danger de personnes', 'Mise en danger'],
    label: { fr: 'Quelqu’un est en danger', en: 'Someone is in danger' },
    explanation: {
      fr: 'Une personne annonce qu’elle va se suicider, ou risque d’être tuée ou gravement blessée bientôt, par exemple parce que son adresse a été publiée pour qu’on s’en prenne à elle.',
      en: 'Someone announces they will take their own life, or is at risk of being killed or badly hurt soon, for example because their address was published so that people go after them.',
    },
    examples: {
      fr: [
        'Un message d’adieu publié en direct',
        'Un appel à rejoindre une personne pour l’agresser ce soir',
      ],
      en: ['A farewell message posted live', 'A call to meet someone tonight to attack them'],
    },
    laws: [
      law(CODE_PENAL, '223-13', {
        fr: 'Provoquer au suicide est un délit.',
        en: 'Inciting someone to suicide is an offence.',
      }),
      DOXXING,
    ],
    subChoices: [
      {
        id: 'imminent-risk-to-life',
        pharosLabel: 'Risque imminent d’atteinte à la vie',
        pharosLabelVariants: ["Risque imminent d'atteinte à la vie", 'Risque imminent'],
        label: { fr: 'Risque imminent pour une vie', en: 'Imminent risk to a life' },
      },
      {
        id: 'suicide-announcement',
        pharosLabel: 'Annonce de suicide',
        pharosLabelVariants: ['Suicide'],
        label: { fr: 'Annonce de suicide', en: 'Suicide announcement' },
      },
    ],
    pharos: 'accepts',
    childAbuse: false,
    implies: { immediateDanger: true },
    concerns: ['life'],
  },
  {
    id: 'terrorism',
    pharosLabel: 'Terrorisme',
    pharosLabelVariants: ['Apologie du terrorisme', 'Contenus terroristes'],
    label: { fr: 'Terrorisme', en: 'Terrorism' },
    explanation: {
      fr: 'Une menace d’attentat, un contenu qui glorifie ou appelle au terrorisme, ou qui y recrute.',
      en: 'A threat of attack, content that glorifies or calls for terrorism, or recruits for it.',
    },
    examples: {
      fr: [
        'Une vidéo qui célèbre un attentat',
        'Un message qui annonce une attaque dans un lieu précis',
      ],
      en: ['A video celebrating an attack', 'A message announcing an attack on a named place'],
    },
    laws: [
      law(CODE_PENAL, '421-2-5', {
        fr: 'Provoquer directement au terrorisme ou en faire publiquement l’apologie est puni.',
        en: 'Directly inciting or publicly glorifying terrorism is punished.',
      }),
    ],
    subChoices: [
      {
        id: 'terrorist-threat',
        pharosLabel: 'Menace terroriste',
        pharosLabelVariants: ['Menace d’attentat'],
        label: { fr: 'Menace terroriste', en: 'Terrorist threat' },
      },
      {
        id: 'glorification',
        pharosLabel: 'Apologie (propagande)',
        pharosLabelVariants: ['Apologie', 'Propagande'],
        label: { fr: 'Apologie, propagande', en: 'Glorification, propaganda' },
      },
      {
        id: 'radicalisation',
        pharosLabel: 'Radicalisation',
        pharosLabelVariants: [],
        label: { fr: 'Radicalisation', en: 'Radicalisation' },
      },
    ],
    pharos: 'accepts',
    childAbuse: false,
    concerns: ['life', 'attack'],
  },
  {
    id: 'threats-or-violence',
    pharosLabel: 'Menaces ou incitation à la violence',
    pharosLabelVariants: ['Menaces', 'Incitation à la violence'],
    label: { fr: 'Menaces, appel à la violence', en: 'Threats, calls to violence' },
    explanation: {
      fr: 'Des menaces contre une personne, ou un appel à la frapper, à la violer ou à la tuer.',
      en: 'Threats against a person, or a call to hit, rape or kill them.',
    },
    advice: {
      fr: 'Le cyberharcèlement public entre souvent ici.',
      en: 'Public cyber-harassment often belongs here.',
    },
    examples: {
      fr: [
        '« On sait où tu habites, fais attention »',
        'Des dizaines de comptes qui insultent et menacent une streameuse',
      ],
      en: [
        '“We know where you live, watch out”',
        'Dozens of accounts insulting and threatening a streamer',
      ],
    },
    laws: [
      law(CODE_PENAL, '222-17 et 222-18', {
        fr: 'Menacer de commettre un crime ou un délit contre une personne est puni.',
        en: 'Threatening to commit a crime or offence against a person is punished.',
      }),
      law(CODE_PENAL, '222-33-2-2', {
        fr: 'Le harcèlement moral, y compris en ligne et à plusieurs, est puni.',
        en: 'Harassment, including online and by several people, is punished.',
      }),
    ],
    subChoices: [],
    pharos: 'accepts',
    childAbuse: false,
    concerns: ['harassment'],
  },
  {
    id: 'child-abuse',
    pharosLabel: 'Pédophilie ou corruption de mineur',
    pharosLabelVariants: ['Pédopornographie', 'Pédocriminalité', 'Corruption de mineur'],
    label: { fr: 'Abus sexuel sur mineur', en: 'Child sexual abuse' },
    explanation: {
      fr: 'Des images sexuelles d’enfants, ou un adulte qui fait des propositions sexuelles à un mineur.',
      en: 'Sexual images of children, or an adult making sexual advances to a minor.',
    },
    advice: {
      fr: 'Ne gardez pas et ne partagez pas ces images : signalez l’adresse.',
      en: 'Do not keep or share these images: report the address.',
    },
    examples: {
      fr: [
        'Un lien qui propose des images d’enfants',
        'Un adulte qui demande des photos intimes à un collégien',
      ],
      en: [
        'A link offering images of children',
        'An adult asking a schoolchild for intimate photos',
      ],
    },
    laws: [
      law(CODE_PENAL, '227-23', {
        fr: 'Diffuser, détenir ou consulter des images pédopornographiques est puni.',
        en: 'Distributing, keeping or viewing child sexual abuse images is punished.',
      }),
      law(CODE_PENAL, '227-22-1', {
        fr: 'Faire des propositions sexuelles à un mineur de quinze ans par voie électronique est puni.',
        en: 'Making sexual advances to a minor under fifteen by electronic means is punished.',
      }),
    ],
    subChoices: [
      {
        id: 'child-sexual-abuse-material',
        pharosLabel: 'Pornographie infantile',
        pharosLabelVariants: ['Pédopornographie', 'Images pédopornographiques'],
        label: { fr: 'Images d’abus sexuels sur enfants', en: 'Child sexual abuse images' },
      },
      {
        id: 'sexual-solicitation-of-minor',
        pharosLabel: 'Proposition sexuelle à un mineur',
        pharosLabelVariants: ['Propositions sexuelles à un mineur'],
        label: { fr: 'Proposition sexuelle à un mineur', en: 'Sexual advances to a minor' },
      },
    ],
    pharos: 'accepts',
    childAbuse: true,
    concerns: ['sexual'],
  },
];
