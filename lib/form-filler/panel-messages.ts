import type { FieldKey } from '../messaging/fill-plan';
import type { FillState } from './fill-status';

export interface PanelMessages {
  title: string;
  neverSends: string;
  collapse: string;
  expand: string;
  close: string;
  copy: string;
  /** `{field}` is replaced by the field's name. */
  copyField: string;
  copied: string;
  copyFailed: string;
  states: Record<FillState, string>;
  fields: Record<FieldKey, string>;
}

/** The form panel's words; the plan's locale picks the language. */
export const PANEL_MESSAGES: Record<'fr' | 'en', PanelMessages> = {
  fr: {
    title: 'Témoin : à reporter dans le formulaire',
    neverSends:
      'Témoin n’envoie jamais le formulaire : vérifiez chaque champ, puis envoyez-le vous-même.',
    collapse: 'Replier le panneau Témoin',
    expand: 'Déplier le panneau Témoin',
    close: 'Fermer le panneau Témoin',
    copy: 'Copier',
    copyField: 'Copier « {field} »',
    copied: 'Copié',
    copyFailed: 'Copie impossible : sélectionnez le texte à la main.',
    states: {
      filled: 'Rempli sur cette page',
      earlier: 'Rempli à une étape précédente',
      unplaced: 'Pas placé : à copier à la main',
      kept: 'Votre saisie est conservée',
      truncated: 'Raccourci par le formulaire : copiez le texte complet',
    },
    fields: {
      category: 'Type de contenu',
      subCategory: 'Précision du type de contenu',
      isVictim: 'Êtes-vous la victime ?',
      publishedDate: 'Date de publication',
      publishedTime: 'Heure de publication',
      observedDate: 'Date de constatation',
      observedTime: 'Heure de constatation',
      whereSeen: 'Où le contenu a été vu',
      url: 'Adresse (URL) du contenu',
      description: 'Commentaire',
      lastName: 'Nom',
      firstName: 'Prénom',
      email: 'Courriel',
    },
  },
  en: {
    title: 'Témoin: values for this form',
    neverSends: 'Témoin never sends the form: check every field, then send it yourself.',
    collapse: 'Collapse the Témoin panel',
    expand: 'Expand the Témoin panel',
    close: 'Close the Témoin panel',
    copy: 'Copy',
    copyField: 'Copy “{field}”',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the text by hand.',
    states: {
      filled: 'Filled on this page',
      earlier: 'Filled on an earlier step',
      unplaced: 'Not placed: copy it by hand',
      kept: 'Kept your value',
      truncated: 'Shortened by the form: copy the full text',
    },
    fields: {
      category: 'Content type',
      subCategory: 'Content type detail',
      isVictim: 'Are you the victim?',
      publishedDate: 'Date published',
      publishedTime: 'Time published',
      observedDate: 'Date seen',
      observedTime: 'Time seen',
      whereSeen: 'Where it was seen',
      url: 'Address (URL) of the content',
      description: 'Comment',
      lastName: 'Last name',
      firstName: 'First name',
      email: 'Email',
    },
  },
};
