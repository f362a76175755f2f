import type { Localized } from '../localized';

export const CODE_PENAL = { fr: 'Code pénal', en: 'French Criminal Code' };
export const PRESS_LAW = { fr: 'Loi du 29 juillet 1881', en: 'Press Law of 29 July 1881' };
export const PUBLIC_HEALTH_CODE = {
  fr: 'Code de la santé publique',
  en: 'French Public Health Code',
};
export const POSTAL_CODE = {
  fr: 'Code des postes et des communications électroniques',
  en: 'French Postal and Electronic Communications Code',
};

/** A legal reference: which code, which article, and what it says in a sentence. */
export const law = (code: Localized, article: string, summary: Localized) => ({
  reference: { fr: `${code.fr}, art. ${article}`, en: `${code.en}, art. ${article}` },
  summary,
});

/**
 * Doxxing: publishing someone's personal details to expose them to danger (loi du 24 août
 * 2021). Cited wherever a category covers it; issue 11 asked for it.
 */
export const DOXXING = law(CODE_PENAL, '223-1-1', {
  fr: 'Révéler ou diffuser des informations sur une personne qui permettent de l’identifier ou de la localiser, pour l’exposer, elle ou sa famille, à un danger, est puni.',
  en: 'Revealing or spreading information that identifies or locates a person, to expose them or their family to danger, is punished.',
});
