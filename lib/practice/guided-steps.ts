import type { z } from '../validation/zod';
import type { lawSchema } from '../reporting/category-schema';
import type { Localized } from '../reporting/localized';
import { categoryById } from '../reporting/report-categories';
import { CODE_PENAL, law } from '../reporting/report-categories/law';

type Law = z.infer<typeof lawSchema>;

const DSA = { fr: 'Règlement (UE) 2022/2065 (DSA)', en: 'Regulation (EU) 2022/2065 (DSA)' };

/** The steps of the guided walk-through, in order; each names the part of the page it shows. */
export const GUIDED_STEP_IDS = [
  'capture',
  'verify',
  'classify',
  'route',
  'form',
  'export',
] as const;
export type GuidedStepId = (typeof GUIDED_STEP_IDS)[number];

export interface GuidedStep {
  id: GuidedStepId;
  title: Localized;
  /** Why, in two sentences. */
  why: Localized;
  /** The law the step rests on; for « say what it is », the category's own. */
  law: Law | 'category';
}

/**
 * The six steps, each with its reason and its law. Only laws Témoin's tables already cite or
 * its reporting facts name appear here (a test checks it): the steps teach, they do not advise.
 */
export const GUIDED_STEPS: readonly GuidedStep[] = [
  {
    id: 'capture',
    title: { fr: 'Capturer la publication', en: 'Capture the post' },
    why: {
      fr: 'Un signalement doit donner l’adresse exacte du contenu, pas seulement une image : Témoin garde l’adresse, l’auteur, l’heure et l’image ensemble. Les contenus sont souvent supprimés vite, alors on capture dès qu’on les voit.',
      en: 'A report must give the content’s exact address, not just a picture: Témoin keeps the address, the author, the time and the picture together. Content is often deleted fast, so capture it as soon as you see it.',
    },
    law: law(DSA, '16', {
      fr: 'Une notification valable donne l’emplacement électronique exact du contenu (son URL).',
      en: 'A valid notice gives the content’s exact electronic location (its URL).',
    }),
  },
  {
    id: 'verify',
    title: { fr: 'Vérifier la capture', en: 'Check the capture' },
    why: {
      fr: '« Vérifier » recalcule chaque empreinte SHA-256 : si un seul pixel avait changé, Témoin le dirait. Vous pouvez ainsi affirmer de bonne foi que ce que vous transmettez est exact et complet.',
      en: '« Vérifier » recomputes every SHA-256 fingerprint: if a single pixel had changed, Témoin would say so. You can then state in good faith that what you send is accurate and complete.',
    },
    law: law(DSA, '16', {
      fr: 'Une notification comporte une déclaration de bonne foi : les informations sont exactes et complètes.',
      en: 'A notice includes a statement of good faith: the information is accurate and complete.',
    }),
  },
  {
    id: 'classify',
    title: { fr: 'Dire de quoi il s’agit', en: 'Say what it is' },
    why: {
      fr: 'Le bon service dépend de ce que dit le contenu : une menace, de la haine, une arnaque ne vont pas au même endroit. Nommer les faits, c’est aussi trouver la loi qui les punit.',
      en: 'The right service depends on what the content says: a threat, hate or a scam do not go to the same place. Naming the facts is also finding the law that punishes them.',
    },
    law: 'category',
  },
  {
    id: 'route',
    title: { fr: 'Voir où signaler, et pourquoi', en: 'See where to report, and why' },
    why: {
      fr: 'PHAROS ne traite que les contenus publics ; un message privé, ou une insulte qui vous vise, se règle par une plainte. La plateforme, elle, doit toujours examiner un signalement de contenu illicite.',
      en: 'PHAROS handles public content only; a private message, or an insult aimed at you, calls for a complaint. The platform must always examine a notice of illegal content.',
    },
    law: law(DSA, '16', {
      fr: 'La plateforme doit examiner toute notification de contenu illicite qu’elle reçoit.',
      en: 'The platform must examine every notice of illegal content it receives.',
    }),
  },
  {
    id: 'form',
    title: { fr: 'Remplir le formulaire d’entraînement', en: 'Fill in the training form' },
    why: {
      fr: 'Témoin remplit le formulaire avec ce que la capture prouve, puis c’est vous qui relisez et envoyez : il n’envoie jamais rien seul. Relire compte, car signaler sciemment un fait faux est puni.',
      en: 'Témoin fills the form with what the capture proves, then you read it over and send it: it never sends anything by itself. Reading it over matters, because knowingly reporting a false fact is punished.',
    },
    law: law(CODE_PENAL, '226-10', {
      fr: 'Un signalement volontairement mensonger est puni de 5 ans de prison et 45 000 € d’amende.',
      en: 'A knowingly false report is punished by 5 years in prison and a €45,000 fine.',
    }),
  },
  {
    id: 'export',
    title: { fr: 'Exporter pour une plainte', en: 'Export for a complaint' },
    why: {
      fr: 'Le rapport PDF rassemble la capture, ses empreintes et son historique : un enquêteur peut tout vérifier. Pour une insulte ou une diffamation, la plainte doit être déposée vite, le délai est court.',
      en: 'The PDF report gathers the capture, its fingerprints and its history: an investigator can check everything. For an insult or defamation the complaint must be filed fast: the time limit is short.',
    },
    law: categoryById('insult-or-defamation')!.laws.find((known) =>
      known.reference.fr.includes('65'),
    )!,
  },
];

/** A step's law in full: the category's own first law for « say what it is ». */
export function lawOfStep(step: GuidedStep, categoryId: string | undefined): Law | undefined {
  return step.law === 'category' ? categoryById(categoryId)?.laws[0] : step.law;
}
