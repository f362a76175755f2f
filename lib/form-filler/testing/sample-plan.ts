import type { FillPlan, PlannedValue } from '../../messaging/fill-plan';

export const DESCRIPTION =
  'Un compte publie des menaces de mort contre une streameuse, avec son adresse.';

/** A whole plan as the background would build it for threats seen on a social network. */
export const FULL_VALUES: PlannedValue[] = [
  {
    key: 'category',
    kind: 'choice',
    value: 'Menaces ou incitation à la violence',
    choices: ['Menaces ou incitation à la violence', 'Menaces'],
  },
  { key: 'isVictim', kind: 'choice', value: 'Non', choices: ['Non'] },
  { key: 'publishedDate', kind: 'date', value: '2026-11-20' },
  { key: 'publishedTime', kind: 'time', value: '21:45' },
  { key: 'observedDate', kind: 'date', value: '2026-11-21' },
  { key: 'observedTime', kind: 'time', value: '08:05' },
  {
    key: 'whereSeen',
    kind: 'choice',
    value: 'Réseau social',
    choices: ['Réseau social', 'Réseaux sociaux'],
  },
  { key: 'url', kind: 'text', value: 'https://social.exemple.invalid/@compte/123' },
  { key: 'description', kind: 'text', value: DESCRIPTION },
  { key: 'lastName', kind: 'text', value: 'Martin' },
  { key: 'firstName', kind: 'text', value: 'Camille' },
  { key: 'email', kind: 'text', value: 'camille.martin@exemple.invalid' },
];

export function planOf(values: PlannedValue[], locale: 'fr' | 'en' = 'fr'): FillPlan {
  return { form: 'pharos', locale, values };
}

export const FULL_PLAN = planOf(FULL_VALUES);
