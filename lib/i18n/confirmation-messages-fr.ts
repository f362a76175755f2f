/**
 * The capture's confirmation in the page (its buttons, the offer to enable a site recognised
 * by its markup) and the small window that asks the browser for that site.
 */
export const confirmationMessagesFr = {
  'toast.view': 'Voir',
  'offer.recognized':
    'Cette page ressemble à {platform}. Sur {site}, Témoin ne sait pas encore quelle publication vous visez.',
  'offer.preview': 'Activé, il aurait noté : {post}.',
  'offer.fields':
    'Activé, il noterait l’auteur, le texte et l’heure de la publication visée, et la recadrerait.',
  'offer.enable': 'Activer sur {site}…',
  'enableSite.title': 'Activer Témoin sur {site}',
  'enableSite.explain':
    'Le navigateur va vous demander d’autoriser Témoin à lire {site}. Témoin s’en sert pour retenir l’élément sur lequel vous faites un clic droit et, quand vous capturez, noter l’auteur, le texte, l’heure et l’adresse de la publication, et la recadrer. Rien ne quitte votre ordinateur.',
  'enableSite.allow': 'Autoriser {site}…',
  'enableSite.cancel': 'Pas maintenant',
  'enableSite.granted':
    'Activé sur {site}. Les prochaines captures y auront les détails de la publication et son recadrage.',
  'enableSite.refused':
    'Non activé. Vous pourrez le faire plus tard avec le bouton de Témoin dans la barre d’outils.',
  'enableSite.close': 'Fermer',
  'enableSite.none': 'Aucun site à activer.',
};
