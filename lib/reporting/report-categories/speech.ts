import type { ReportCategory } from '../category-schema';
import { DOXXING, PRESS_LAW, law } from './law';

/** Categories about what is said: hate, incitement to offences, insult and defamation. */
export const SPEECH: readonly ReportCategory[] = [
  {
    id: 'hate-or-discrimination',
    pharosLabel: 'Incitation à la haine ou à la discrimination',
    pharosLabelVariants: ['Incitation à la haine', 'Haine', 'Discrimination'],
    label: { fr: 'Haine, discrimination', en: 'Hate, discrimination' },
    explanation: {
      fr: 'Un contenu qui appelle à haïr ou à rejeter des personnes pour leur origine, leur religion, leur sexe, leur orientation sexuelle, leur identité de genre ou leur handicap.',
      en: 'Content calling for hatred or rejection of people for their origin, religion, sex, sexual orientation, gender identity or disability.',
    },
    examples: {
      fr: [
        'Un appel à « chasser » les personnes d’une origine',
        'Des messages sexistes en masse contre une joueuse',
      ],
      en: [
        'A call to “drive out” people of some origin',
        'Mass sexist messages against a woman gamer',
      ],
    },
    laws: [
      law(PRESS_LAW, '24', {
        fr: 'Provoquer publiquement à la haine, à la violence ou à la discrimination est puni.',
        en: 'Publicly inciting hatred, violence or discrimination is punished.',
      }),
    ],
    subChoices: [
      {
        id: 'racial-hatred',
        pharosLabel: 'Haine raciale',
        pharosLabelVariants: ['Racisme', 'Incitation à la haine raciale'],
        label: { fr: 'Haine raciale', en: 'Racial hatred' },
      },
      {
        id: 'discrimination',
        pharosLabel: 'Discrimination',
        pharosLabelVariants: [
          'Discrimination (origine, sexe, orientation sexuelle, handicap)',
          'Discriminations',
        ],
        label: {
          fr: 'Discrimination (origine, sexe, orientation sexuelle, handicap)',
          en: 'Discrimination (origin, sex, sexual orientation, disability)',
        },
      },
    ],
    pharos: 'accepts',
    childAbuse: false,
    pressPrescription: 'one-year',
    concerns: ['discrimination', 'harassment'],
  },
  {
    id: 'incitement-to-offences',
    pharosLabel: 'Incitation à commettre des infractions',
    pharosLabelVariants: ['Incitation à commettre une infraction', 'Provocation aux infractions'],
    label: { fr: 'Appel à commettre des infractions', en: 'Calls to commit offences' },
    explanation: {
      fr: 'Un contenu qui pousse à commettre un crime ou un délit : dégrader, voler, harceler quelqu’un ensemble, diffuser ses coordonnées.',
      en: 'Content urging people to commit an offence: damage, steal, harass someone together, spread their personal details.',
    },
    examples: {
      fr: [
        '« Envoyez-lui tous un message, voici son numéro »',
        'Un tutoriel pour pirater le compte d’une personne',
      ],
      en: [
        '“Everyone message her, here is her number”',
        'A tutorial for hacking someone’s account',
      ],
    },
    laws: [
      law(PRESS_LAW, '23 et 24', {
        fr: 'Provoquer publiquement à commettre des crimes ou des délits est puni.',
        en: 'Publicly inciting crimes or offences is punished.',
      }),
      DOXXING,
    ],
    subChoices: [],
    pharos: 'accepts',
    childAbuse: false,
    concerns: ['harassment'],
  },
  {
    id: 'insult-or-defamation',
    pharosLabel: 'Injure ou diffamation',
    pharosLabelVariants: ['Injures ou diffamation', 'Injure', 'Diffamation'],
    label: { fr: 'Insulte, diffamation', en: 'Insult, defamation' },
    explanation: {
      fr: 'Une insulte, ou une accusation qui porte atteinte à l’honneur d’une personne.',
      en: 'An insult, or an accusation that harms someone’s honour.',
    },
    advice: {
      fr: 'Si vous êtes la personne visée, c’est une plainte qu’il faut déposer, pas un signalement PHAROS. Une insulte raciste, sexiste ou homophobe relève plutôt de la haine et de la discrimination.',
      en: 'If you are the person targeted, you need to file a complaint, not a PHAROS report. A racist, sexist or homophobic insult belongs rather under hate and discrimination.',
    },
    examples: {
      fr: [
        'Des insultes publiques sous chacune de vos vidéos',
        'Un message qui vous accuse faussement d’un vol',
      ],
      en: ['Public insults under each of your videos', 'A post falsely accusing you of theft'],
    },
    laws: [
      law(PRESS_LAW, '29, 32 et 33', {
        fr: 'La diffamation et l’injure publiques sont punies, plus sévèrement quand elles visent l’origine, la religion, le sexe, l’orientation sexuelle ou le handicap.',
        en: 'Public defamation and insult are punished, more severely when they target origin, religion, sex, sexual orientation or disability.',
      }),
      law(PRESS_LAW, '65 et 65-3', {
        fr: 'L’action se prescrit par trois mois, un an quand les propos sont discriminatoires.',
        en: 'Action must be taken within three months, one year when the words are discriminatory.',
      }),
    ],
    subChoices: [],
    pharos: 'victims-to-complaint',
    childAbuse: false,
    pressPrescription: 'three-months',
    concerns: ['harassment'],
  },
];
