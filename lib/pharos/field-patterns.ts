import type { FieldPatterns } from '../form-filler/field-patterns';
import type { FieldKey } from '../messaging/fill-plan';

const DATE_UNLESS = ['heure', 'heures', 'minute', 'minutes', 'naissance', 'time'];
const TIME_UNLESS = ['date'];

/**
 * The PHAROS form's fields by their visible wording. Field ids of the live form are unknown
 * (REPORTING.md), so labels, legends and option texts are all the filler can rely on. English
 * phrases cover a translated page.
 */
export const PHAROS_FIELD_PATTERNS: Record<FieldKey, FieldPatterns> = {
  category: {
    labels: [
      'type de contenu',
      'categorie',
      'matiere',
      'nature du contenu',
      'nature',
      'content type',
    ],
    unless: ['sous-categorie'],
    byOptions: true,
  },
  subCategory: {
    labels: ['sous-categorie', 'sous categorie', 'plus precisement', 'precisez', 'subcategory'],
    byOptions: true,
  },
  isVictim: {
    labels: [
      'etes-vous la victime',
      'etes-vous victime',
      'are you the victim',
      'victime',
      'victim',
    ],
  },
  publishedDate: {
    labels: [
      'date de publication',
      'date de mise en ligne',
      'date de diffusion',
      'date des faits',
      'publie le',
      'publication date',
      'date',
    ],
    unless: DATE_UNLESS,
  },
  publishedTime: {
    labels: [
      'heure de publication',
      'heure de mise en ligne',
      'heure de diffusion',
      'heure des faits',
      'publication time',
      'heure',
      'time',
    ],
    unless: TIME_UNLESS,
  },
  observedDate: {
    labels: [
      'date de constatation',
      'date de consultation',
      'date a laquelle vous avez vu',
      'constate le',
      'consulte le',
      'vu le',
      'date seen',
    ],
    unless: DATE_UNLESS,
  },
  observedTime: {
    labels: [
      'heure de constatation',
      'heure de consultation',
      'heure a laquelle vous avez vu',
      'time seen',
    ],
    unless: TIME_UNLESS,
  },
  whereSeen: {
    labels: [
      'ou avez-vous vu',
      "ou l'avez-vous vu",
      'ou avez-vous constate',
      'ou se trouve le contenu',
      'type de site',
      'where did you see',
      'support',
      'lieu',
    ],
  },
  url: {
    labels: [
      'adresse url',
      'adresse du contenu',
      'adresse internet',
      'adresse web',
      'url',
      'lien',
      'web address',
      'link',
    ],
    unless: ['image', 'courriel', 'electronique'],
  },
  description: {
    labels: [
      'commentaire',
      'commentaires',
      'description',
      'decrivez',
      'precisions',
      'expliquez',
      'details',
      'comment',
      'describe',
    ],
  },
  lastName: {
    labels: ['nom de famille', 'nom', 'last name', 'family name', 'surname'],
    unless: ['site', 'utilisateur', 'auteur', 'compte', 'pseudo', 'domaine', 'fichier', 'user'],
  },
  firstName: {
    labels: ['prenom', 'first name', 'given name'],
    unless: ['auteur', 'utilisateur'],
  },
  email: {
    labels: [
      'adresse electronique',
      'adresse e-mail',
      'adresse mail',
      'courriel',
      'e-mail',
      'email',
      'mel',
      'mail',
    ],
    unless: ['auteur', 'utilisateur'],
  },
};
